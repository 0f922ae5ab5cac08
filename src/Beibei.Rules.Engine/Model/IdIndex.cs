namespace Beibei.Rules.Model;

/// <summary>Finds a row by an id spelled exactly, in a few nanoseconds: for each length of id, a hash of two of its
/// characters (chosen when the index is built so that the ids of that length never collide) into a small table of rows;
/// the id found is then compared whole. Ids of a length no such hash tells apart are left to the caller's dictionary,
/// which every miss falls back to.</summary>
/// <remarks>Immutable and thread-safe. Built once per <see cref="RegionTable"/>: the spelling callers use most is the
/// id, and a frozen dictionary of every alias costs several times as much per lookup. Any string may be looked up: one
/// that is not an id lands on some id's slot (or none) and fails the whole comparison.</remarks>
internal sealed class IdIndex
{
    // The largest table tried for the ids of one length (2^10 slots): 41 regions fit in far less.
    private const int LargestBits = 10;

    // Multipliers of the first character: 0 uses the second character alone.
    private static readonly int[] Multipliers = [0, 1, 3, 5, 7, 11, 13, 31, 37];

    private readonly string[] ids;

    // By length: how that length's ids are hashed, or a hash with no rows when none is found (or none has that length).
    private readonly Hash[] byLength;

    public IdIndex(IReadOnlyList<string> ids)
    {
        this.ids = [.. ids];
        var longest = ids.Count == 0 ? 0 : ids.Max(i => i.Length);
        byLength = new Hash[longest + 1];
        for (var length = 1; length <= longest; length++)
        {
            var rows = Enumerable.Range(0, ids.Count).Where(r => ids[r].Length == length).ToArray();
            if (rows.Length != 0)
            {
                byLength[length] = Find(ids, rows, length);
            }
        }
    }

    /// <summary>The row of <paramref name="id"/> spelled exactly, or -1 (then the caller's dictionary decides).</summary>
    public int RowOf(string id)
    {
        var length = id.Length;
        if ((uint)length >= (uint)byLength.Length)
        {
            return -1;
        }

        ref readonly var hash = ref byLength[length];
        var rows = hash.Rows;
        if (rows is null)
        {
            return -1;
        }

        var row = rows[hash.KeyOf(id)] - 1;
        return row >= 0 && string.Equals(ids[row], id, StringComparison.Ordinal) ? row : -1;
    }

    /// <summary>The smallest table, then the first multiplier and positions, under which the given rows' ids all land
    /// on slots of their own; a hash with no rows when none does.</summary>
    private static Hash Find(IReadOnlyList<string> ids, int[] rows, int length)
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
                        var candidate = new Hash(first, second, multiplier, mask, new int[mask + 1]);
                        if (Fill(candidate, ids, rows))
                        {
                            return candidate;
                        }
                    }
                }
            }
        }

        return default;
    }

    private static bool Fill(Hash hash, IReadOnlyList<string> ids, int[] rows)
    {
        foreach (var row in rows)
        {
            ref var slot = ref hash.Rows![hash.KeyOf(ids[row])];
            if (slot != 0)
            {
                return false;
            }

            slot = row + 1;
        }

        return true;
    }

    /// <summary>How the ids of one length are hashed: <c>(id[First] × Multiplier + id[Second]) &amp; Mask</c> indexes
    /// <see cref="Rows"/>, which holds a row plus one (0 for none).</summary>
    private readonly record struct Hash(int First, int Second, int Multiplier, int Mask, int[]? Rows)
    {
        public int KeyOf(string id) => ((id[First] * Multiplier) + id[Second]) & Mask;
    }
}
