using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What one clause did in a decision: its effect, and the next instant at which it could change.</summary>
/// <param name="ClauseId">The clause id.</param>
/// <param name="Effect">Its effect at the instant decided.</param>
/// <param name="NextChange">The first boundary after the instant decided at which its outcome could change, if it stated
/// one: the last instant inside an inclusive window, or the end of a half-open period.</param>
/// <param name="NextChangeIncluded">True when <paramref name="NextChange"/> is inclusive (the outcome still holds there).</param>
public sealed record ClauseTrace(string ClauseId, ClauseEffect Effect, Instant? NextChange, bool NextChangeIncluded);
