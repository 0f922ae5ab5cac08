using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>An advance report (报备) to a destination's community or unit.</summary>
/// <param name="To">The destination: a region id or alias, or <c>outside</c>.</param>
/// <param name="At">When the report was made. Unknown, and ignored, at instants before it.</param>
public sealed record Report(string To, Instant At);
