using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>The proof found among the known tests: which test, its anchor and its expiry (inclusive); or
/// <see cref="None"/>.</summary>
/// <remarks>Not nullable on purpose: clauses read it by reference from the context, without the copies a
/// <see cref="Nullable{T}"/> of 48 bytes would make.</remarks>
public readonly record struct ProofFound(int Test, Instant Anchor, Instant Expires)
{
    /// <summary>No proof.</summary>
    public static readonly ProofFound None = new(-1, default, default);

    /// <summary>True when a test proves negativity.</summary>
    public bool IsFound => Test >= 0;
}
