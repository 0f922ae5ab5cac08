using NodaTime;

namespace Beibei.Rules;

/// <summary>Every parameter of the policy catalogue, each with the catalogue's default.</summary>
/// <remarks>
/// Mutable so that <c>AddBeibeiRules(options =&gt; ...)</c> can set it; an <see cref="Engine.Evaluator"/> takes a copy
/// when it is built, so changing an instance afterwards never changes decisions already being made.
/// Invalid values are reported as input errors by every decision, never thrown.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Beibei.Rules.Serialization.PolicyOptionsJsonConverter))]
public sealed record PolicyOptions
{
    /// <summary><c>in-force-from</c>: the policy applies from this instant (inclusive). Default 2022-11-10T00:00:00+08:00.</summary>
    public Instant InForceFrom { get; set; } = Instant.FromUtc(2022, 11, 9, 16, 0);

    /// <summary><c>in-force-until</c>: the policy applies before this instant (exclusive). Default 2022-12-07T00:00:00+08:00
    /// (inferred: the national "new ten measures" of that day voided conflicting local measures).</summary>
    public Instant InForceUntil { get; set; } = Instant.FromUtc(2022, 12, 6, 16, 0);

    /// <summary><c>proof-window</c>: how long a negative test proves negativity ("48小时内", inclusive). Default 48 h.</summary>
    public Duration ProofWindow { get; set; } = Duration.FromHours(48);

    /// <summary><c>proof-anchor</c>: what the window counts from. Default <see cref="Rules.ProofAnchor.Sampled"/>.</summary>
    public ProofAnchor ProofAnchor { get; set; } = ProofAnchor.Sampled;

    /// <summary><c>land-and-test-days</c>: the length of the land-and-test window in local days ("3天2检"). Default 3.</summary>
    public int LandAndTestDays { get; set; } = 3;

    /// <summary><c>land-and-test-gap</c>: the least time between two land-and-test tests ("24小时以上", inclusive). Default 24 h.</summary>
    public Duration LandAndTestGap { get; set; } = Duration.FromHours(24);

    /// <summary><c>land-and-test-count</c>: tests in the window, 2 ("3天2检") or 3 ("三天三检"). Default 2.</summary>
    public int LandAndTestCount { get; set; } = 2;

    /// <summary><c>day-one</c>: which local date is day 1 of the land-and-test window. Default <see cref="Rules.DayOne.Arrival"/>.</summary>
    public DayOne DayOne { get; set; } = DayOne.Arrival;

    /// <summary><c>isolation-days</c>: the length of a home isolation without an explicit end (the catalogue's default; its source is silent). Default 7.</summary>
    public int IsolationDays { get; set; } = 7;

    /// <summary><c>fever-threshold</c>: a temperature at or above this, in °C, is a fever (the seed names no number). Default 37.3.</summary>
    public decimal FeverThreshold { get; set; } = 37.3m;

    /// <summary><c>reports-from</c>: the earliest instant at which an advance report (报备) counts (inclusive). Default
    /// 2022-11-09T00:00:00+08:00, the day the catalogue's source announced the rule: a report made that evening for a trip
    /// the next morning was made 提前, in advance.</summary>
    public Instant ReportsFrom { get; set; } = Instant.FromUtc(2022, 11, 8, 16, 0);

    /// <summary><c>advice</c>: what a ban the sources only advise (倡导, 倡议, 提倡, 非必要不) does. Default
    /// <see cref="AdviceMode.Deny"/>: it denies like a requirement (how strictly each community applied 倡导 is not in
    /// the sources).</summary>
    public AdviceMode Advice { get; set; } = AdviceMode.Deny;

    /// <summary>Every parameter of the catalogue, declared once, in its order: the options' validation, the casebook reader,
    /// the rendered casebook and the policy's digest read these declarations.</summary>
    public static IReadOnlyList<PolicyParameter> Parameters { get; } =
    [
        new PolicyParameterOf<Instant>("in-force-from", PolicyParameterKind.Instant, o => o.InForceFrom, (o, v) => o.InForceFrom = v),
        new PolicyParameterOf<Instant>(
            "in-force-until", PolicyParameterKind.Instant, o => o.InForceUntil, (o, v) => o.InForceUntil = v,
            (o, until) => until > o.InForceFrom, message: "in-force-until must be after in-force-from."),
        new PolicyParameterOf<Duration>(
            "proof-window", PolicyParameterKind.Duration, o => o.ProofWindow, (o, v) => o.ProofWindow = v,
            (_, d) => d > Duration.Zero, message: "proof-window must be a positive duration."),
        new WordParameter<ProofAnchor>("proof-anchor", o => o.ProofAnchor, (o, v) => o.ProofAnchor = v),
        new PolicyParameterOf<int>(
            "land-and-test-days", PolicyParameterKind.Days, o => o.LandAndTestDays, (o, v) => o.LandAndTestDays = v,
            (_, days) => days > 0, message: "land-and-test-days must be at least 1."),
        new PolicyParameterOf<Duration>(
            "land-and-test-gap", PolicyParameterKind.Duration, o => o.LandAndTestGap, (o, v) => o.LandAndTestGap = v,
            (_, d) => d > Duration.Zero, message: "land-and-test-gap must be a positive duration."),
        new PolicyParameterOf<int>(
            "land-and-test-count", PolicyParameterKind.Count, o => o.LandAndTestCount, (o, v) => o.LandAndTestCount = v,
            (_, count) => count is 2 or 3, Decisions.ErrorCodes.ValueUnknown, "land-and-test-count must be 2 (3天2检) or 3 (三天三检)."),
        new WordParameter<DayOne>("day-one", o => o.DayOne, (o, v) => o.DayOne = v),
        new PolicyParameterOf<int>(
            "isolation-days", PolicyParameterKind.Days, o => o.IsolationDays, (o, v) => o.IsolationDays = v,
            (_, days) => days > 0, message: "isolation-days must be at least 1."),
        new PolicyParameterOf<decimal>(
            "fever-threshold", PolicyParameterKind.Decimal, o => o.FeverThreshold, (o, v) => o.FeverThreshold = v,
            (_, t) => t is >= 30m and <= 45m, message: "fever-threshold must be between 30 and 45 °C.", unit: "°C"),
        new PolicyParameterOf<Instant>("reports-from", PolicyParameterKind.Instant, o => o.ReportsFrom, (o, v) => o.ReportsFrom = v),
        new WordParameter<AdviceMode>("advice", o => o.Advice, (o, v) => o.Advice = v),
    ];

    /// <summary>The catalogue's parameter names, in its order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Parameters.Select(p => p.Name)];

    /// <summary>The declaration of the parameter named <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">A parameter name such as <c>proof-window</c>.</param>
    /// <returns>The declaration.</returns>
    public static PolicyParameter? FindParameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    // The values set of parameters a policy declares of its own, by name; immutable, so that `with` copies stay apart.
    private DeclaredValues declared = DeclaredValues.Empty;

    /// <summary>The value of <paramref name="parameter"/> in these options: the one set, else its default. Reads the
    /// catalogue's parameters as their properties do (<c>Get(p)</c> for <c>proof-window</c> is <see cref="ProofWindow"/>)
    /// and a policy's own (<see cref="PolicyParameter.Define{T}"/>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The value.</returns>
    public T Get<T>(PolicyParameter<T> parameter)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.ValueIn(this);
    }

    /// <summary>Sets the value of <paramref name="parameter"/> in these options (an invalid value is reported by every
    /// decision, as for the properties).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <param name="value">The value.</param>
    public void Set<T>(PolicyParameter<T> parameter, T value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Put(this, value);
    }

    /// <summary>The parameters of a policy's own whose value these options set, in order of name.</summary>
    internal IEnumerable<PolicyParameter> DeclaredParameters => declared.Parameters;

    internal T Declared<T>(string name, T fallback) => declared.TryGet(name, out var value) && value is T typed ? typed : fallback;

    internal void Declare(PolicyParameter parameter, object value) => declared = declared.With(parameter, value);

    /// <summary>A copy that later changes to this instance do not reach.</summary>
    /// <returns>The copy.</returns>
    public PolicyOptions Snapshot() => this with { };
}
