using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>How a policy finds a person's negative proof at an instant among the tests known then: the one rule
/// that <see cref="ClauseContext.Proof"/> applies, once per instant, for every clause that reads it.</summary>
/// <param name="tests">The tests known at the instant asked about, in sampling order (see <see cref="Facts.Tests"/>).</param>
/// <param name="at">The instant evaluated.</param>
/// <param name="options">The options in force at <paramref name="at"/>.</param>
/// <param name="proof">The proof found: its <see cref="ProofFound.Test"/> is an index in <paramref name="tests"/>. Read only
/// when the rule returns true; the engine takes <see cref="ProofFound.None"/> otherwise.</param>
/// <returns>True when a proof is found.</returns>
/// <remarks>Called from many threads at once: a pure function of its arguments. The proof is written where the engine
/// keeps it, not returned: a returned value of this size is copied with one wide read of the callee's fresh narrow writes,
/// which the processor cannot forward (a stall measured at 2–3 % of a verdict that reads a proof).</remarks>
public delegate bool ProofRule(ReadOnlySpan<KnownTest> tests, Instant at, PolicyOptions options, out ProofFound proof);
