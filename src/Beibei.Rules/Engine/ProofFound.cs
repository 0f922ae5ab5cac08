using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>The proof found among the known tests: which test, its anchor and its expiry (inclusive).</summary>
internal readonly record struct ProofFound(int Test, Instant Anchor, Instant Expires);
