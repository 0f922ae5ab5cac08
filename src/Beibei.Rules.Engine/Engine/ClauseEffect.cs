namespace Beibei.Rules.Engine;

/// <summary>What one clause did to a question at one instant (see <see cref="ClauseTrace"/>).</summary>
public enum ClauseEffect
{
    /// <summary><c>not-applicable</c>: the clause does not reach this person or question.</summary>
    NotApplicable,

    /// <summary><c>silent</c>: it applies but neither grants nor forbids (it states duties, advice or change points).</summary>
    Silent,

    /// <summary><c>permits</c>: it grants the permission, set conditions the person met, or made an exception.</summary>
    Permits,

    /// <summary><c>denies</c>: it forbids.</summary>
    Denies,

    /// <summary><c>supersedes</c>: it forbids everything and puts the person under another regime (as a positive result does).</summary>
    Supersedes,
}
