namespace Beibei.Rules.AspNetCore;

/// <summary>The names of the decision service's metrics (<see cref="System.Diagnostics.Metrics"/>, so OpenTelemetry's
/// <c>AddMeter(BeibeiRulesTelemetry.MeterName)</c> collects them).</summary>
public static class BeibeiRulesTelemetry
{
    /// <summary>The meter: <c>Beibei.Rules</c>.</summary>
    public const string MeterName = "Beibei.Rules";

    /// <summary>Decisions made (a counter), tagged <c>kind</c> (<c>travel</c>, <c>enter-public-place</c>,
    /// <c>leave-home</c>, <c>gathering</c>) and <c>verdict</c> (<c>allowed</c>, <c>denied</c>).</summary>
    public const string Decisions = "beibei_rules.decisions";

    /// <summary>Input errors answered (a counter), tagged <c>code</c> (the first error's code).</summary>
    public const string Errors = "beibei_rules.errors";

    /// <summary>How long a request took from its body read to its answer written (a histogram, in seconds), tagged
    /// <c>endpoint</c> (<c>decisions</c>, <c>batch</c>, <c>timelines</c>).</summary>
    public const string Duration = "beibei_rules.request.duration";
}
