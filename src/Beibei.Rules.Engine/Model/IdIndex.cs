namespace Beibei.Rules.Model;

/// <summary>Finds a row by an id spelled exactly, in a few nanoseconds: for each length of id, one character position
/// that tells that length's ids apart, chosen when the index is built, and a table from that character to the row; the
/// id found is then compared whole. Ids it cannot tell apart this way (or non-ASCII ones) are left to the caller's
/// dictionary, which every miss falls back to.</summary>
/// <remarks>Immutable and thread-safe. Built once per <see cref="RegionTable"/>: the spelling callers use most is the
/// id, and a frozen dictionary of every alias costs several times as much per lookup.</remarks>
internal sealed class IdIndex
{
    private const int Ascii = 128;

    private readonly string[] ids;

    // By length: the position that tells the ids of that length apart, or -1 when none does (or none has that length).
    private readonly int[] positionByLength;

    // By length: for each ASCII character at that position, the row plus one (0 for none).
    private readonly int[][] rowsByLength;

    public IdIndex(IReadOnlyList<string> ids)
    {
        this.ids = [.. ids];
        var longest = ids.Count == 0 ? 0 : ids.Max(i => i.Length);
        positionByLength = new int[longest + 1];
        rowsByLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            positionByLength[length] = -1;
            rowsByLength[length] = [];
            var rows = Enumerable.Range(0, ids.Count).Where(r => ids[r].Length == length).ToArray();
            if (rows.Length == 0 || rows.Any(r => ids[r].Any(c => c >= Ascii)))
            {
                continue;
            }

            for (var position = 0; position < length; position++)
            {
                if (rows.Select(r => ids[r][position]).Distinct().Count() == rows.Length)
                {
                    var table = new int[Ascii];
                    foreach (var row in rows)
                    {
                        table[ids[row][position]] = row + 1;
                    }

                    positionByLength[length] = position;
                    rowsByLength[length] = table;
                    break;
                }
            }
        }
    }

    /// <summary>The row of <paramref name="id"/> spelled exactly, or -1 (then the caller's dictionary decides).</summary>
    public int RowOf(string id)
    {
        var length = id.Length;
        if ((uint)length >= (uint)positionByLength.Length)
        {
            return -1;
        }

        var position = positionByLength[length];
        if (position < 0)
        {
            return -1;
        }

        var c = id[position];
        if (c >= Ascii)
        {
            return -1;
        }

        var row = rowsByLength[length][c] - 1;
        return row >= 0 && string.Equals(ids[row], id, StringComparison.Ordinal) ? row : -1;
    }
}
