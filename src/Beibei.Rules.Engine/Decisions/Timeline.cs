using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>The verdict of one question over a span of time, revealing each fact at its own instant.</summary>
/// <param name="From">The start of the span.</param>
/// <param name="Until">The end of the span (inclusive).</param>
/// <param name="Segments">Consecutive segments covering the span, each with its verdict and reasons.</param>
public sealed record Timeline(
    [property: JsonPropertyName("from"), JsonConverter(typeof(PolicyInstantConverter))] Instant From,
    [property: JsonPropertyName("until"), JsonConverter(typeof(PolicyInstantConverter))] Instant Until,
    [property: JsonPropertyName("segments")] IReadOnlyList<TimelineSegment> Segments)
{
    /// <summary>The segment that covers <paramref name="instant"/>, or <see langword="null"/> outside the span.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>The segment.</returns>
    public TimelineSegment? SegmentAt(Instant instant) => Segments.FirstOrDefault(s => s.Contains(instant));
}
