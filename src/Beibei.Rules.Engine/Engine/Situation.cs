using System.Numerics;

namespace Beibei.Rules.Engine;

/// <summary>What a decision is about, in a few bits: the kind and purpose of the question, where the person lives and
/// is going, and which facts are known. Found once per load of facts and question; clauses state in it where they
/// apply (see <see cref="Clause.Reach"/>), so the engine can skip, as an index would, the clauses that cannot apply.</summary>
/// <remarks>The zones are the policy's (<see cref="Model.Region.Zone"/>); <see cref="HomeGoverned"/>,
/// <see cref="ToGoverned"/> and <see cref="PlaceGoverned"/> are relative to the layer of the clause that states them
/// (<see cref="Layer.Governs"/>).</remarks>
[Flags]
public enum Situation
{
    /// <summary>No bit: as a reach, every situation.</summary>
    None = 0,

    /// <summary>A <c>travel</c> question.</summary>
    Travel = 1 << 0,

    /// <summary>An <c>enter-public-place</c> question.</summary>
    EnterPublicPlace = 1 << 1,

    /// <summary>A <c>leave-home</c> question.</summary>
    LeaveHome = 1 << 2,

    /// <summary>A <c>gathering</c> question.</summary>
    Gathering = 1 << 3,

    /// <summary>The person lives in the central zone.</summary>
    HomeCentral = 1 << 4,

    /// <summary>The person lives elsewhere within the jurisdiction.</summary>
    HomeOther = 1 << 5,

    /// <summary>The person lives outside the jurisdiction.</summary>
    HomeOutside = 1 << 6,

    /// <summary>The person lives in a region that the clause's layer governs (<see cref="Layer.Governs"/>): always, for
    /// a layer that governs every region of the policy.</summary>
    HomeGoverned = 1 << 7,

    /// <summary>A trip to the central zone.</summary>
    ToCentral = 1 << 8,

    /// <summary>A trip elsewhere within the jurisdiction.</summary>
    ToOther = 1 << 9,

    /// <summary>A trip out of the jurisdiction.</summary>
    ToOutside = 1 << 10,

    /// <summary>A trip to a region that the clause's layer governs (<see cref="Layer.Governs"/>): any trip, for a layer
    /// that governs every region of the policy.</summary>
    ToGoverned = 1 << 11,

    /// <summary>A public place in the central zone.</summary>
    PlaceCentral = 1 << 12,

    /// <summary>An arrival is known.</summary>
    Arrival = 1 << 13,

    /// <summary>A home isolation is known.</summary>
    Isolation = 1 << 14,

    /// <summary>A control area is known.</summary>
    ControlArea = 1 << 15,

    /// <summary>A positive result is known.</summary>
    Positive = 1 << 16,

    /// <summary>A <c>travel</c> or <c>leave-home</c> for an essential purpose (<c>essential</c>, <c>medical</c> or
    /// <c>testing</c>).</summary>
    Essential = 1 << 17,

    /// <summary>A <c>travel</c> or <c>leave-home</c> for a <c>non-essential</c> purpose.</summary>
    NonEssential = 1 << 18,

    /// <summary>A public place elsewhere within the jurisdiction.</summary>
    PlaceOther = 1 << 19,

    /// <summary>A public place in a region that the clause's layer governs (<see cref="Layer.Governs"/>): any place, for a
    /// layer that governs every region of the policy.</summary>
    PlaceGoverned = 1 << 20,
}

/// <summary>Where a clause applies: the situations holding all the bits of one set, or of another.</summary>
/// <remarks>Both sets are kept inline (a clause states one or two), so a pass checks a clause with two masks and no
/// indirection. Example: <c>Reach.When(Situation.Travel | Situation.ToGoverned)</c> for a rule on trips into a
/// district's own regions.</remarks>
public readonly struct Reach
{
    private readonly Situation first;
    private readonly Situation second;
    private readonly byte count;

    private Reach(Situation first, Situation second, byte count) => (this.first, this.second, this.count) = (first, second, count);

    /// <summary>Every situation: the clause is always evaluated.</summary>
    public static Reach Everywhere { get; } = new(Situation.None, Situation.None, 1);

    /// <summary>No situation: the clause never writes anything.</summary>
    public static Reach Nowhere { get; } = default;

    /// <summary>The situations holding all of <paramref name="required"/>.</summary>
    /// <param name="required">The bits.</param>
    /// <returns>The reach.</returns>
    public static Reach When(Situation required) => new(required, required, 1);

    /// <summary>The situations holding all of <paramref name="required"/>, or all of <paramref name="orElse"/>.</summary>
    /// <param name="required">The bits of one set.</param>
    /// <param name="orElse">The bits of the other.</param>
    /// <returns>The reach.</returns>
    public static Reach When(Situation required, Situation orElse) => new(required, orElse, 2);

    /// <summary>True when the clause reaches no situation at all.</summary>
    public bool IsNowhere => count == 0;

    /// <summary>The bits of the first set (when not <see cref="IsNowhere"/>).</summary>
    public Situation First => first;

    /// <summary>The bits of the other set (the first again when there is one set).</summary>
    public Situation Second => second;

    /// <summary>Whether <paramref name="situation"/> is one the clause reaches: the meaning the engine's index computes for
    /// all clauses at once (a test holds the index to it on every situation).</summary>
    /// <param name="situation">A situation, with <see cref="Situation.HomeGoverned"/> and <see cref="Situation.ToGoverned"/>
    /// as they hold for the clause's layer.</param>
    /// <returns>True when it reaches it.</returns>
    public bool Includes(Situation situation) =>
        count != 0 && ((first & ~situation) == 0 || (second & ~situation) == 0);

    /// <summary>This reach with <see cref="Situation.HomeGoverned"/>, <see cref="Situation.ToGoverned"/> and
    /// <see cref="Situation.PlaceGoverned"/> replaced by the bits the engine found for the clause's layer (none when the
    /// layer governs every region).</summary>
    internal Reach Resolve(Situation home, Situation to, Situation place)
    {
        return count == 0 ? this : new Reach(Resolve(first, home, to, place), Resolve(second, home, to, place), count);

        static Situation Resolve(Situation bits, Situation home, Situation to, Situation place) =>
            (bits & ~(Situation.HomeGoverned | Situation.ToGoverned | Situation.PlaceGoverned))
            | ((bits & Situation.HomeGoverned) != 0 ? home : Situation.None)
            | ((bits & Situation.ToGoverned) != 0 ? to : Situation.None)
            | ((bits & Situation.PlaceGoverned) != 0 ? place : Situation.None);
    }
}

/// <summary>Which clauses reach a situation, found for all clauses at once, as an index would: for each byte of the bits
/// a situation lacks, a table gives the clauses' sets that require one of them, so four reads rule out every clause
/// that needs a bit the situation does not have (instead of a check per clause).</summary>
internal sealed class ReachIndex
{
    /// <summary>The most clauses an index holds: one bit of a <see cref="uint"/> each.</summary>
    public const int MaxClauses = 32;

    private const int Bytes = 4;

    // For each byte position and value of the lacking bits, the sets that require one of those bits: clause c's first
    // set at bit c, its second at bit 32 + c. A situation has 32 bits: the declared ones and the governed regions' slots.
    private readonly ulong[] requiring = new ulong[Bytes * 256];
    private readonly uint reachable;

    /// <param name="reaches">Where each clause reaches, in the policy's order.</param>
    public ReachIndex(IReadOnlyList<Reach> reaches)
    {
        if (reaches.Count > MaxClauses)
        {
            throw new ArgumentException($"An index holds at most {MaxClauses} clauses.", nameof(reaches));
        }

        var byBit = new ulong[Bytes * 8];
        for (var clause = 0; clause < reaches.Count; clause++)
        {
            var reach = reaches[clause];
            if (!reach.IsNowhere)
            {
                reachable |= 1u << clause;
                Require(byBit, reach.First, 1UL << clause);
                Require(byBit, reach.Second, 1UL << (32 + clause));
            }
        }

        for (var position = 0; position < Bytes; position++)
        {
            for (var value = 0; value < 256; value++)
            {
                for (var bit = 0; bit < 8; bit++)
                {
                    requiring[(position * 256) + value] |= (value & (1 << bit)) != 0 ? byBit[(position * 8) + bit] : 0;
                }
            }
        }
    }

    /// <summary>The clauses that reach <paramref name="situation"/>, as bits in the policy's order (bit i is clause i).</summary>
    public uint Matching(Situation situation)
    {
        var lacking = ~(uint)situation;
        var ruledOut = requiring[lacking & 0xFF] | requiring[256 + ((lacking >> 8) & 0xFF)]
            | requiring[512 + ((lacking >> 16) & 0xFF)] | requiring[768 + (lacking >> 24)];
        return ((uint)~ruledOut | (uint)(~ruledOut >> 32)) & reachable;
    }

    private static void Require(ulong[] byBit, Situation bits, ulong set)
    {
        for (var remaining = (uint)bits; remaining != 0; remaining &= remaining - 1)
        {
            byBit[BitOperations.TrailingZeroCount(remaining)] |= set;
        }
    }
}
