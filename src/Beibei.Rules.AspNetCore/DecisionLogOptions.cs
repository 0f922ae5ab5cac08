namespace Beibei.Rules.AspNetCore;

/// <summary>Where and how the decision log is written.</summary>
public sealed class DecisionLogOptions
{
    /// <summary>The file the lines are appended to (created when missing). Required.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>How much of each request a line keeps; <see cref="DecisionLogFacts.Digest"/> unless set.</summary>
    public DecisionLogFacts Facts { get; set; } = DecisionLogFacts.Digest;
}
