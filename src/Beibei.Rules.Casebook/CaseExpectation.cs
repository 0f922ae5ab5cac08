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
}
