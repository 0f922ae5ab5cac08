using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>The person received a tracing notice (协查通知) or found that they overlapped in time and place with a
/// published case (时空交集).</summary>
/// <param name="Noticed">When they received the notice or found the overlap. Unknown, and ignored, at instants before it.</param>
/// <param name="Reported">When they reported it to their village or community (报备), if they did.</param>
public sealed record Exposure(
    [property: JsonPropertyName("noticed"), JsonConverter(typeof(PolicyInstantConverter))] Instant Noticed,
    [property: JsonPropertyName("reported"), JsonConverter(typeof(PolicyInstantConverter)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? Reported = null);
