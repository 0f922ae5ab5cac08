namespace Beibei.Rules.Tests;

/// <summary>The source documents as the project received them (<c>../shared/source</c> beside the repository). Tests may
/// read them; the library never does.</summary>
internal static class SourceText
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(
        Path.Combine(Samples.RepositoryRoot(), "..", "shared", "source", "000_3f5591fb49c74a46.txt")));

    /// <summary>The whole file.</summary>
    public static string All => Text.Value;

    /// <summary>The sentences (split at 。) of the text between <paramref name="from"/> (included) and
    /// <paramref name="to"/> (included), line by line, with the file's layout marks (list dashes, point numbers, <c>**</c>)
    /// taken off: a heading line is a sentence of its own.</summary>
    public static IReadOnlyList<string> Sentences(string from, string to)
    {
        var start = All.IndexOf(from, StringComparison.Ordinal);
        var end = All.IndexOf(to, start, StringComparison.Ordinal) + to.Length;
        var sentences = new List<string>();
        foreach (var rawLine in All[start..end].Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('-').Trim().Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (line.Length > 1 && "一二三四五六七八".Contains(line[0], StringComparison.Ordinal) && line[1] == '、')
            {
                line = line[2..];
            }

            sentences.AddRange(line.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return sentences;
    }
}
