namespace Beibei.Rules.Engine;

/// <summary>What one clause does to a question at one instant.</summary>
public enum Effect : byte
{
    /// <summary>The clause does not reach this person or question: no verdict, no duty.</summary>
    NotApplicable,

    /// <summary>The clause applies but neither grants nor forbids: it only adds duties (and change points).</summary>
    Silent,

    /// <summary>The clause grants the permission, set conditions the person met, or made an exception: a reason when allowed.</summary>
    Permits,

    /// <summary>The clause forbids it: the decision is denied and the clause is a reason.</summary>
    Denies,

    /// <summary>The clause forbids everything and puts the person under another regime: the decision is denied,
    /// this clause comes first among the reasons, and no obligation or remedy of any clause is listed.</summary>
    Supersedes,
}
