using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>Something the person must do, with its window.</summary>
/// <param name="Id">The obligation id, e.g. <c>example.test-on-arrival/second-test</c>; the part before <c>/</c> is the clause id.</param>
/// <param name="Opens">When it can first be fulfilled, where the clause gives one.</param>
/// <param name="Due">The deadline (inclusive), where there is one; for a stay-home duty, its end when known.</param>
/// <param name="Status"><see cref="ObligationStatus.Due"/> while <c>at &lt;= Due</c> (or without a due instant), else <see cref="ObligationStatus.Overdue"/>.</param>
/// <param name="Description">What to do, in English and Chinese.</param>
public sealed record Obligation(
    [property: JsonPropertyName("id"), JsonPropertyOrder(0)] string Id,
    Instant? Opens,
    Instant? Due,
    [property: JsonPropertyName("status"), JsonPropertyOrder(4)] ObligationStatus Status,
    [property: JsonPropertyName("description"), JsonPropertyOrder(5)] LocalizedText Description)
{
    // The two instants are kept without Nullable's padding: 16 bytes less for each obligation, and a decision allocates
    // them by the handful (allocation is a large share of a decision's cost).
    private readonly Instant opens = Opens.GetValueOrDefault();
    private readonly Instant due = Due.GetValueOrDefault();
    private readonly bool hasOpens = Opens.HasValue;
    private readonly bool hasDue = Due.HasValue;
    // A short, not an int: with the two flags it fits the padding after the status (a decision allocates obligations by the handful).
    private readonly short day;

    /// <summary>When it can first be fulfilled, where the clause gives one.</summary>
    [JsonPropertyName("opens")]
    [JsonPropertyOrder(2)]
    [JsonConverter(typeof(PolicyInstantConverter))]
    public Instant? Opens
    {
        get => hasOpens ? opens : null;
        init => (opens, hasOpens) = (value.GetValueOrDefault(), value.HasValue);
    }

    /// <summary>The deadline (inclusive), where there is one; for a stay-home duty, its end when known.</summary>
    [JsonPropertyName("due")]
    [JsonPropertyOrder(3)]
    [JsonConverter(typeof(PolicyInstantConverter))]
    public Instant? Due
    {
        get => hasDue ? due : null;
        init => (due, hasDue) = (value.GetValueOrDefault(), value.HasValue);
    }

    /// <summary>The day of the regime that imposes it (3天2检, a home isolation) on which the instant asked falls, day 1
    /// being the regime's first local date (in the policy's time zone, <see cref="Engine.Policy.Days"/>), where the clause counts days: 2 for "3天2检第2天".</summary>
    /// <remarks>For the text people read ("3天2检第2天", "隔离第7天"); the JSON keeps its shape and does not carry it (it
    /// follows from the facts and the obligation's instants). <see langword="null"/> for a duty of no such regime, and
    /// for one that a trip not yet made would start.</remarks>
    [JsonIgnore]
    public int? Day
    {
        get => day > 0 ? day : null;
        init => day = value is > 0 ? (short)Math.Min(value.Value, short.MaxValue) : (short)0;
    }

    /// <summary>The name of the regime that <see cref="Day"/> counts, as people say it: "land-and-test (2 tests in 3
    /// days)" / "3天2检"; <see langword="null"/> with <see cref="Day"/>.</summary>
    [JsonIgnore]
    public LocalizedText? Regime { get; init; }

    /// <summary>The clause that imposes it: the part of <see cref="Id"/> before the slash.</summary>
    [JsonPropertyName("clause")]
    [JsonPropertyOrder(1)]
    public string ClauseId => Id[..Id.IndexOf('/', StringComparison.Ordinal)];
}
