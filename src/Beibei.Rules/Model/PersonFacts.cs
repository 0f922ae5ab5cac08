namespace Beibei.Rules.Model;

/// <summary>What is known about a person. Every fact carries its own instant; facts dated after the
/// instant asked about are simply not known yet at that instant.</summary>
/// <remarks>Immutable once built; safe to share between threads and to reuse across many decisions.</remarks>
public sealed record PersonFacts
{
    /// <summary>Where the person is: a region id or alias (<c>beibei</c>, <c>北碚区</c>, <c>北碚</c>, <c>500109</c>) or <c>outside</c>.</summary>
    public required string Region { get; init; }

    /// <summary>The person's nucleic-acid tests, in any order.</summary>
    public IReadOnlyList<TestRecord> Tests { get; init; } = [];

    /// <summary>The latest arrival into <see cref="Region"/>, if any.</summary>
    public Arrival? Arrival { get; init; }

    /// <summary>Advance reports (报备) to destinations.</summary>
    public IReadOnlyList<Report> Reports { get; init; } = [];

    /// <summary>The health code colour; <see langword="null"/> means not known.</summary>
    public HealthCode? HealthCode { get; init; }

    /// <summary>Body temperature in °C measured at the instant asked about; <see langword="null"/> means not measured.</summary>
    public decimal? Temperature { get; init; }

    /// <summary>Symptoms the person has.</summary>
    public IReadOnlyList<Symptom> Symptoms { get; init; } = [];

    /// <summary>A home isolation, if any.</summary>
    public Isolation? Isolation { get; init; }

    /// <summary>A control area the person is in, if any.</summary>
    public ControlArea? ControlArea { get; init; }
}
