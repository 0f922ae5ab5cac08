using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>What is known about a person. Every fact carries its own instant; facts dated after the
/// instant asked about are simply not known yet at that instant.</summary>
/// <remarks>
/// <para>Immutable once built; safe to share between threads and to reuse across many decisions. The lists given to
/// <see cref="Tests"/>, <see cref="Reports"/> and <see cref="Symptoms"/> are copied, so changing such a list afterwards
/// changes nothing here (and the evaluator reads the copies without going through an interface).</para>
/// <para>Two instances are equal when every fact is equal, the lists element by element in order.</para>
/// </remarks>
public sealed record PersonFacts
{
    private readonly TestRecord[]? tests = [];
    private readonly Report[]? reports = [];
    private readonly Symptom[]? symptoms = [];

    /// <summary>Where the person is: a region id or alias of the policy's <see cref="RegionTable"/> (its id, name, a short name or its code).</summary>
    [JsonPropertyName("region")]
    public required string Region { get; init; }

    /// <summary>The person's nucleic-acid tests, in any order (a copy of the list given).</summary>
    [JsonPropertyName("tests")]
    public IReadOnlyList<TestRecord> Tests { get => tests!; init => tests = Copy(value); }

    /// <summary>The latest arrival into <see cref="Region"/>, if any.</summary>
    [JsonPropertyName("arrival")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Arrival? Arrival { get; init; }

    /// <summary>Advance reports (报备) to destinations (a copy of the list given).</summary>
    [JsonPropertyName("reports")]
    public IReadOnlyList<Report> Reports { get => reports!; init => reports = Copy(value); }

    /// <summary>The health code colour; <see langword="null"/> means not known.</summary>
    [JsonPropertyName("health-code")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HealthCode? HealthCode { get; init; }

    /// <summary>When the person reported an abnormal health code to their village, community or unit
    /// (<c>health-code-reported</c>); <see langword="null"/> when they did not. Unknown at instants before it.</summary>
    [JsonPropertyName("health-code-reported")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(PolicyInstantConverter))]
    public Instant? HealthCodeReported { get; init; }

    /// <summary>A tracing notice or an overlap with a published case (<c>exposure</c>), if any.</summary>
    [JsonPropertyName("exposure")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Exposure? Exposure { get; init; }

    /// <summary>Body temperature in °C measured at the instant asked about; <see langword="null"/> means not measured.</summary>
    [JsonPropertyName("temperature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Temperature { get; init; }

    /// <summary>Symptoms the person has (a copy of the list given).</summary>
    [JsonPropertyName("symptoms")]
    public IReadOnlyList<Symptom> Symptoms { get => symptoms!; init => symptoms = Copy(value); }

    /// <summary>A home isolation, if any.</summary>
    [JsonPropertyName("isolation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Isolation? Isolation { get; init; }

    /// <summary>A control area the person is in, if any.</summary>
    [JsonPropertyName("control-area")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ControlArea? ControlArea { get; init; }

    /// <summary>The tests as the evaluator reads them; <see langword="null"/> when the list given was null (invalid).</summary>
    internal TestRecord[]? TestArray => tests;

    /// <summary>The reports as the evaluator reads them; <see langword="null"/> when the list given was null (invalid).</summary>
    internal Report[]? ReportArray => reports;

    /// <summary>The symptoms as the evaluator reads them; <see langword="null"/> when the list given was null (invalid).</summary>
    internal Symptom[]? SymptomArray => symptoms;

    /// <summary>Whether every fact of <paramref name="other"/> equals the same fact here, the lists element by element.</summary>
    /// <param name="other">The other facts.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PersonFacts? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Region == other.Region
                && SameElements(tests, other.tests)
                && Arrival == other.Arrival
                && SameElements(reports, other.reports)
                && HealthCode == other.HealthCode
                && HealthCodeReported == other.HealthCodeReported
                && Exposure == other.Exposure
                && Temperature == other.Temperature
                && SameElements(symptoms, other.symptoms)
                && Isolation == other.Isolation
                && ControlArea == other.ControlArea));

    /// <summary>A hash code consistent with <see cref="Equals(PersonFacts?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Region);
        AddElements(ref hash, tests);
        hash.Add(Arrival);
        AddElements(ref hash, reports);
        hash.Add(HealthCode);
        hash.Add(HealthCodeReported);
        hash.Add(Exposure);
        hash.Add(Temperature);
        AddElements(ref hash, symptoms);
        hash.Add(Isolation);
        hash.Add(ControlArea);
        return hash.ToHashCode();
    }

    private static T[]? Copy<T>(IReadOnlyList<T>? list) => list switch
    {
        null => null,
        { Count: 0 } => [],
        _ => [.. list],
    };

    private static bool SameElements<T>(T[]? left, T[]? right) =>
        left is null || right is null ? ReferenceEquals(left, right) : left.AsSpan().SequenceEqual(right);

    private static void AddElements<T>(ref HashCode hash, T[]? elements)
    {
        hash.Add(elements?.Length ?? -1);
        foreach (var element in elements ?? [])
        {
            hash.Add(element);
        }
    }
}
