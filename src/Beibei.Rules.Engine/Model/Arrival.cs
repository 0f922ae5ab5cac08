using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>The person's latest arrival into the region they are in.</summary>
/// <param name="From">Where they came from: a region id or alias, or <c>outside</c>.</param>
/// <param name="At">When they arrived. Unknown, and ignored, at instants before it.</param>
/// <param name="Reported">When they reported the arrival to their village or community (报备), if they did.</param>
/// <param name="Entered">For a journey that began outside the jurisdiction and reached the region through another area (a flight
/// into another region's airport, then on): when it entered the policy's jurisdiction. Not after <paramref name="At"/>.</param>
/// <remarks>An arrival with <see cref="Entered"/> came from outside the jurisdiction whatever its last hop; a policy
/// may count from that entry rather than from the last hop.</remarks>
public sealed record Arrival(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("at"), JsonConverter(typeof(PolicyInstantConverter))] Instant At,
    [property: JsonPropertyName("reported"), JsonConverter(typeof(PolicyInstantConverter)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? Reported = null,
    [property: JsonPropertyName("entered"), JsonConverter(typeof(PolicyInstantConverter)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? Entered = null);
