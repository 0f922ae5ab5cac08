namespace Beibei.Rules.AspNetCore;

/// <summary>What a ready host of the decision service is built with (<c>beibei-rules serve</c>).</summary>
public sealed class BeibeiRulesServerOptions
{
    /// <summary>The decision log's file, or null for no log (<c>--log</c>).</summary>
    public string? LogPath { get; set; }

    /// <summary>How much of each request the log keeps (<c>--log-facts</c>).</summary>
    public DecisionLogFacts LogFacts { get; set; } = DecisionLogFacts.Digest;
}
