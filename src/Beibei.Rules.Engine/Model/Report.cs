using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>An advance report (报备) to a destination's community or unit.</summary>
/// <param name="To">The destination: a region id or alias, or <c>outside</c>.</param>
/// <param name="At">When the report was made. Unknown, and ignored, at instants before it.</param>
public sealed record Report(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("at"), JsonConverter(typeof(PolicyInstantConverter))] Instant At);
