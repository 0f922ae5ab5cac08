namespace Beibei.Rules.AspNetCore;

/// <summary>How much of each request the decision log keeps (<c>--log-facts</c>): the facts are personal health data.</summary>
public enum DecisionLogFacts
{
    /// <summary>The request as decided (<c>full</c>): its instant, options, person and question. Lines can be replayed.</summary>
    Full,

    /// <summary>A SHA-256 of that request instead of the facts (<c>digest</c>, the default): a line proves which request was
    /// decided to whoever holds it, but cannot be replayed.</summary>
    Digest,

    /// <summary>No request at all (<c>none</c>): the decision, its instant and the policy only.</summary>
    None,
}
