using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>What a case expects (the <c>expect</c> block). Every part is optional except that a case has either a
/// verdict or an error.</summary>
public sealed record CaseExpectation
{
    /// <summary>The verdict the decision must have.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>An error code that must be among the input errors (instead of a verdict).</summary>
    public string? Error { get; init; }

    /// <summary>Clause ids that must all be among the reasons.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Clause ids that must not be among the reasons.</summary>
    public IReadOnlyList<string> NotReasons { get; init; } = [];

    /// <summary>Obligations that must all be listed, with any fields they check.</summary>
    public IReadOnlyList<ExpectedObligation> Obligations { get; init; } = [];

    /// <summary>Obligation ids that must not be listed.</summary>
    public IReadOnlyList<string> NoObligations { get; init; } = [];

    /// <summary>True when <c>valid-until</c> is checked.</summary>
    public bool ChecksValidUntil { get; init; }

    /// <summary>The valid-until the decision must have; <see langword="null"/> with <see cref="ChecksValidUntil"/> means <c>none</c>.</summary>
    public Instant? ValidUntil { get; init; }

    /// <summary>Remedy kinds that must all be among the remedies.</summary>
    public IReadOnlyList<RemedyKind> Remedies { get; init; } = [];

    /// <summary>For the remedy kinds written in the map form with <c>earliest</c>: the earliest instant a remedy of that
    /// kind must have.</summary>
    public IReadOnlyDictionary<RemedyKind, Instant> RemedyEarliest { get; init; } = new Dictionary<RemedyKind, Instant>();

    /// <summary>Remedy kinds that must not be among the remedies (<c>no-remedies</c>).</summary>
    public IReadOnlyList<RemedyKind> NoRemedies { get; init; } = [];

    /// <summary>For each clause named, conditions that must appear in its reason met (true) or unmet (false)
    /// (<c>conditions: {clause-id: {condition-id: met|unmet}}</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Conditions { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, bool>>();

    /// <summary>Clause ids that must all be among the decision's advice (<c>advice</c>).</summary>
    public IReadOnlyList<string> Advice { get; init; } = [];

    /// <summary>The force each named clause's reason must carry (<c>force: {clause-id: required|advised}</c>); a clause named
    /// here must be among the reasons.</summary>
    public IReadOnlyDictionary<string, Force> Forces { get; init; } = new Dictionary<string, Force>();
}
