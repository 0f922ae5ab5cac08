using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>A stretch of time over which the verdict and its reasons stay the same.</summary>
/// <param name="From">Where the segment starts; see <paramref name="FromIncluded"/>.</param>
/// <param name="FromIncluded">True when <paramref name="From"/> belongs to the segment; false when the previous segment
/// ended there inclusively (an inclusive window such as the 48-hour proof) and this one starts just after it.</param>
/// <param name="Until">Where the segment ends; see <paramref name="UntilIncluded"/>.</param>
/// <param name="UntilIncluded">True when <paramref name="Until"/> still belongs to the segment (an inclusive window ended
/// there, or the end of the span), false when the next segment starts exactly at <paramref name="Until"/>.</param>
/// <param name="Verdict">The verdict throughout the segment.</param>
/// <param name="Reasons">The clause ids of the reasons throughout the segment.</param>
public sealed record TimelineSegment(
    [property: JsonPropertyName("from"), JsonConverter(typeof(PolicyInstantConverter))] Instant From,
    [property: JsonPropertyName("from-included")] bool FromIncluded,
    [property: JsonPropertyName("until"), JsonConverter(typeof(PolicyInstantConverter))] Instant Until,
    [property: JsonPropertyName("until-included")] bool UntilIncluded,
    [property: JsonPropertyName("verdict")] Verdict Verdict,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons)
{
    /// <summary>The policy the segment's verdict came from (its id, version and digest), as for a decision.</summary>
    /// <remarks>The same for every segment while a policy has one version; <see langword="null"/> only for a segment built
    /// by hand.</remarks>
    [JsonIgnore]
    public PolicyIdentity? Policy { get; init; }

    /// <summary>The version of <see cref="Policy"/>, as the JSON writes it (<c>policy-version</c>, absent without a policy).</summary>
    [JsonInclude]
    [JsonPropertyName("policy-version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal string? PolicyVersion => Policy?.Version;

    /// <summary>True when <paramref name="instant"/> falls inside the segment.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>Whether the segment covers it.</returns>
    public bool Contains(Instant instant) =>
        (FromIncluded ? instant >= From : instant > From) && (UntilIncluded ? instant <= Until : instant < Until);
}
