using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>What would change a denial, and the earliest instant it could.</summary>
/// <param name="Kind">The kind of remedy.</param>
/// <param name="ClauseId">The denying clause whose denial it lifts.</param>
/// <param name="Earliest">The earliest instant it could work: the instant asked about when the person can act now,
/// the restriction's end for <see cref="RemedyKind.Wait"/>.</param>
/// <param name="Sentence">What to do, in English and Chinese.</param>
public sealed record Remedy(
    [property: JsonPropertyName("kind"), JsonPropertyOrder(0)] RemedyKind Kind,
    [property: JsonPropertyName("clause"), JsonPropertyOrder(1)] string ClauseId,
    [property: JsonPropertyName("earliest"), JsonPropertyOrder(2), JsonConverter(typeof(PolicyInstantConverter))] Instant Earliest,
    [property: JsonPropertyName("sentence"), JsonPropertyOrder(4)] LocalizedText Sentence)
{
    /// <summary>The id of the denying clause's condition that acting on the remedy would satisfy (<c>condition</c>), e.g.
    /// <c>report-to-destination</c> for <see cref="RemedyKind.Report"/>.</summary>
    [JsonPropertyName("condition")]
    [JsonPropertyOrder(3)]
    public string? Condition { get; init; }
}
