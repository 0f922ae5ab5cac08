using System.Numerics;
using System.Runtime.InteropServices;

namespace Beibei.Rules.Model;

/// <summary>Finds a value by its id spelled exactly, in a few nanoseconds: an id's first and last four characters and its
/// length make a key, a multiplier chosen when the index is built spreads the keys over a table of slots, and the slot
/// holds the id and its value; the id found is then compared whole. Ids the multiplier cannot tell apart are left out,
/// and so is any string the index does not find: the caller's dictionary decides those.</summary>
/// <remarks>Immutable and thread-safe. Built once per <see cref="RegionTable"/>: the spelling callers use most is the
/// id, and a frozen dictionary of every alias costs several times as much per lookup. Any string may be looked up: one
/// that is not an id lands on some id's slot (or none) and fails the whole comparison. A lookup is a short chain of
/// dependent reads (the string's length and ends, then one slot, then the id there to compare), so the value is kept
/// in the slot beside its id rather than found through a row: each read less on that chain is a few nanoseconds less on
/// every fact loaded.</remarks>
/// <typeparam name="T">The values found by id.</typeparam>
internal readonly struct IdIndex<T>
    where T : class
{
    // The largest table tried (2^12 slots of 16 bytes): 41 regions fit in 2^8.
    private const int LargestBits = 12;

    // Multipliers tried for each size of table before the next size, and before settling for the one that leaves the
    // fewest ids out.
    private const int Tries = 1024;

    private readonly Slot[] slots;
    private readonly ulong multiplier;
    private readonly int shift;

    /// <summary>An index of <paramref name="values"/> by <paramref name="idOf"/>.</summary>
    /// <param name="values">The values, each with an id of its own (ids given twice are left out, as ids the index
    /// cannot tell apart are).</param>
    /// <param name="idOf">A value's id.</param>
    public IdIndex(IReadOnlyList<T> values, Func<T, string> idOf)
    {
        var ids = values.Select(idOf).ToArray();
        var keys = ids.Select(KeyOf).ToArray();

        // At most a quarter of the slots used, so that a multiplier placing every id is found within a few dozen tries.
        var bits = 1;
        while (bits < LargestBits && (1 << bits) < 4 * ids.Length)
        {
            bits++;
        }

        var (bestMultiplier, bestBits, bestPlaced) = (1UL, bits, -1);
        var candidates = new Multipliers();
        for (; bits <= LargestBits && bestPlaced < ids.Length; bits++)
        {
            var counts = new int[1 << bits];
            for (var tried = 0; tried < Tries && bestPlaced < ids.Length; tried++)
            {
                var candidate = candidates.Next();
                var placed = Placed(keys, candidate, 64 - bits, counts);
                if (placed > bestPlaced)
                {
                    (bestMultiplier, bestBits, bestPlaced) = (candidate, bits, placed);
                }
            }
        }

        multiplier = bestMultiplier;
        shift = 64 - bestBits;
        var taken = new int[1 << bestBits];
        Placed(keys, multiplier, shift, taken);
        slots = new Slot[1 << bestBits];
        for (var i = 0; i < ids.Length; i++)
        {
            var slot = SlotOf(keys[i], multiplier, shift);
            if (taken[slot] == 1)
            {
                slots[slot] = new Slot(ids[i], values[i]);
            }
        }
    }

    /// <summary>The value of <paramref name="id"/> spelled exactly, or null (then the caller's dictionary decides).</summary>
    /// <param name="id">Any string.</param>
    /// <returns>The value, or null.</returns>
    public T? Find(string id)
    {
        ref readonly var slot = ref slots[SlotOf(KeyOf(id), multiplier, shift)];
        return string.Equals(slot.Id, id, StringComparison.Ordinal) ? slot.Value : null;
    }

    /// <summary>The key of an id: its first and last four characters (all of them when it is shorter) and its length.</summary>
    private static ulong KeyOf(string id)
    {
        var bytes = MemoryMarshal.AsBytes(id.AsSpan());
        if (bytes.Length >= sizeof(ulong))
        {
            var head = MemoryMarshal.Read<ulong>(bytes);
            var tail = MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..]);
            return head ^ BitOperations.RotateLeft(tail, 29) ^ (ulong)bytes.Length;
        }

        var key = (ulong)bytes.Length << 48;
        for (var i = 0; i < id.Length; i++)
        {
            key |= (ulong)id[i] << (16 * i);
        }

        return key;
    }

    private static int SlotOf(ulong key, ulong multiplier, int shift) => (int)((key * multiplier) >> shift);

    /// <summary>How many keys land on slots of their own under <paramref name="multiplier"/>; fills
    /// <paramref name="counts"/> with the keys landing on each slot.</summary>
    private static int Placed(ulong[] keys, ulong multiplier, int shift, int[] counts)
    {
        Array.Clear(counts);
        foreach (var key in keys)
        {
            counts[SlotOf(key, multiplier, shift)]++;
        }

        var placed = 0;
        foreach (var key in keys)
        {
            placed += counts[SlotOf(key, multiplier, shift)] == 1 ? 1 : 0;
        }

        return placed;
    }

    private readonly record struct Slot(string? Id, T? Value);

    /// <summary>Odd 64-bit multipliers from a fixed seed (SplitMix64), so the same ids give the same index on every run.</summary>
    private struct Multipliers
    {
        private ulong state;

        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return (z ^ (z >> 31)) | 1;
        }
    }
}
