using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>A control area the person lives in.</summary>
/// <param name="Level">High, medium or temporary control.</param>
/// <param name="From">When the control starts.</param>
/// <param name="Until">When it is lifted (exclusive); absent means not known.</param>
/// <remarks>The control holds at <c>at</c> when <c>From &lt;= at &lt; Until</c>: the end is half-open.</remarks>
public sealed record ControlArea(
    [property: JsonPropertyName("level")] ControlLevel Level,
    [property: JsonPropertyName("from"), JsonConverter(typeof(PolicyInstantConverter))] Instant From,
    [property: JsonPropertyName("until"), JsonConverter(typeof(PolicyInstantConverter)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? Until = null);
