using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An arrival as known, with its origin resolved; <see cref="Reported"/> is null when the report came later.
/// <see cref="Entered"/> is when the journey entered the jurisdiction, where given (never after <see cref="At"/>).</summary>
public readonly record struct KnownArrival(Region From, Instant At, Instant? Reported, Instant? Entered);
