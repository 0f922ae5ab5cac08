namespace Beibei.Rules.Model;

/// <summary>Finds a row by an id spelled exactly, in a few nanoseconds: for each length of id, a hash of two of its
/// characters (chosen when the index is built so that the ids of that length never collide) into a small table of rows;
/// the id found is then compared whole. Ids of a length no such hash tells apart are left to the caller's dictionary,
/// which every miss falls back to.</summary>
/// <remarks>Immutable and thread-safe. Built once per <see cref="RegionTable"/>: the spelling callers use most is the
/// id, and a frozen dictionary of every alias costs several times as much per lookup. Any string may be looked up: one
/// that is not an id lands on some id's slot (or none) and fails the whole comparison. A struct held in its table's
/// field, with every length's slots in one array: a lookup is a chain of dependent reads (the length's hash, its slot,
/// the id there), and each object or array less on that chain is a few nanoseconds less on every fact loaded.</remarks>
internal readonly struct IdIndex
{
    // The largest table tried for the ids of one length (2^10 slots): 41 regions fit in far less.
    private const int LargestBits = 10;

    // Multipliers of the first character: 0 uses the second character alone.
    private static readonly int[] Multipliers = [0, 1, 3, 5, 7, 11, 13, 31, 37];

    private readonly string[] ids;

    // By length: how that length's ids are hashed into their part of the slots; the hash of a length no hash tells
    // apart (or that no id has) is all zeros, and lands on slot 0, which is always empty.
    private readonly Hash[] byLength;

    // Every length's table, one after the other from 1: a row plus one, or 0 for none.
    private readonly int[] slots;

    public IdIndex(IReadOnlyList<string> ids)
    {
        this.ids = [.. ids];
        var longest = ids.Count == 0 ? 0 : ids.Max(i => i.Length);
        byLength = new Hash[longest + 1];
        var filled = new List<int> { 0 };
        for (var length = 1; length <= longest; length++)
        {
            var rows = Enumerable.Range(0, ids.Count).Where(r => ids[r].Length == length).ToArray();
            if (rows.Length != 0 && Find(ids, rows, length) is { } found)
            {
                byLength[length] = found.Hash with { Offset = filled.Count };
                filled.AddRange(found.Slots);
            }
        }

        slots = [.. filled];
    }

    /// <summary>The row of <paramref name="id"/> spelled exactly, or -1 (then the caller's dictionary decides).</summary>
    public int RowOf(string id)
    {
        // The empty id and ids longer than any indexed are out of range together (0 - 1 wraps around).
        var length = id.Length;
        if ((uint)(length - 1) >= (uint)(byLength.Length - 1))
        {
            return -1;
        }

        ref readonly var hash = ref byLength[length];
        var row = slots[hash.Offset + hash.KeyOf(id)] - 1;
        return row >= 0 && string.Equals(ids[row], id, StringComparison.Ordinal) ? row : -1;
    }

    /// <summary>The smallest table, then the first multiplier and positions, under which the given rows' ids all land
    /// on slots of their own; null when none does.</summary>
    private static (Hash Hash, int[] Slots)? Find(IReadOnlyList<string> ids, int[] rows, int length)
    {
        var bits = 0;
        while ((1 << bits) < rows.Length)
        {
            bits++;
        }

        for (; bits <= LargestBits; bits++)
        {
            var mask = (1 << bits) - 1;
            foreach (var multiplier in Multipliers)
            {
                for (var first = 0; first < length; first++)
                {
                    for (var second = 0; second < length; second++)
                    {
                        var candidate = new Hash(first, second, multiplier, mask, 0);
                        var table = new int[mask + 1];
                        if (Fill(candidate, table, ids, rows))
                        {
                            return (candidate, table);
                        }
                    }
                }
            }
        }

        return null;
    }

    private static bool Fill(Hash hash, int[] table, IReadOnlyList<string> ids, int[] rows)
    {
        foreach (var row in rows)
        {
            ref var slot = ref table[hash.KeyOf(ids[row])];
            if (slot != 0)
            {
                return false;
            }

            slot = row + 1;
        }

        return true;
    }

    /// <summary>How the ids of one length are hashed: <c>(id[First] × Multiplier + id[Second]) &amp; Mask</c> is a slot
    /// counted from <see cref="Offset"/>.</summary>
    private readonly record struct Hash(int First, int Second, int Multiplier, int Mask, int Offset)
    {
        public int KeyOf(string id) => ((id[First] * Multiplier) + id[Second]) & Mask;
    }
}
