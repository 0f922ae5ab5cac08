using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>Home isolation medical observation (居家隔离医学观察).</summary>
/// <param name="From">When it starts; the first isolation day is the local date of this instant.</param>
/// <param name="Until">When it ends (exclusive); absent means <c>From + isolation-days</c>.</param>
/// <param name="LivesAlone">Whether the person lives alone; absent means not known.</param>
/// <remarks>The isolation holds at <c>at</c> when <c>From &lt;= at &lt; Until</c>: the end is half-open.</remarks>
public sealed record Isolation(
    [property: JsonPropertyName("from"), JsonConverter(typeof(PolicyInstantConverter))] Instant From,
    [property: JsonPropertyName("until"), JsonConverter(typeof(PolicyInstantConverter)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? Until = null,
    [property: JsonPropertyName("lives-alone"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? LivesAlone = null);
