namespace Beibei.Rules.Model;

/// <summary>The colour of the person's health code (健康码).</summary>
public enum HealthCode
{
    /// <summary>Green: normal.</summary>
    Green,

    /// <summary>Yellow: abnormal.</summary>
    Yellow,

    /// <summary>Red: abnormal.</summary>
    Red,
}
