namespace Beibei.Rules.Engine;

/// <summary>The outcomes with which a clause can list one of its conditions in a reason.</summary>
[Flags]
public enum ConditionOutcomes
{
    /// <summary>Never listed.</summary>
    None = 0,

    /// <summary>Listed met.</summary>
    Met = 1,

    /// <summary>Listed unmet.</summary>
    Unmet = 2,

    /// <summary>Listed met or unmet.</summary>
    Either = Met | Unmet,
}
