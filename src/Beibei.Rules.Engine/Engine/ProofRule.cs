using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>How a policy finds a person's negative proof at an instant among the tests known then: the one rule
/// that <see cref="ClauseContext.Proof"/> applies, once per instant, for every clause that reads it.</summary>
/// <param name="tests">The tests known at the instant asked about, in sampling order (see <see cref="Facts.Tests"/>).</param>
/// <param name="at">The instant evaluated.</param>
/// <param name="options">The options in force at <paramref name="at"/>.</param>
/// <returns>The proof found, or <see cref="ProofFound.None"/>.</returns>
/// <remarks>Called from many threads at once: a pure function of its arguments.</remarks>
public delegate ProofFound ProofRule(ReadOnlySpan<KnownTest> tests, Instant at, PolicyOptions options);
