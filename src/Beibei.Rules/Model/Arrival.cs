using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>The person's latest arrival into the region they are in.</summary>
/// <param name="From">Where they came from: a region id or alias, or <c>outside</c>.</param>
/// <param name="At">When they arrived. Unknown, and ignored, at instants before it.</param>
/// <param name="Reported">When they reported the arrival to their village or community (报备), if they did.</param>
public sealed record Arrival(string From, Instant At, Instant? Reported = null);
