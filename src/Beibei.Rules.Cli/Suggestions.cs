using System.CommandLine;

namespace Beibei.Rules.Cli;

/// <summary>"Did you mean ...?" for a mistyped command or option: the names of the command that was parsed (its
/// subcommands and options) closest to each token it did not match.</summary>
internal static class Suggestions
{
    public static IEnumerable<string> For(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var names = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(n => n.Length > 2)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        foreach (var token in parsed.UnmatchedTokens)
        {
            // A value is never a misspelt name: only an option-like token, or the command a root was given, is.
            var optionLike = token.StartsWith('-');
            if (!optionLike && command is not RootCommand)
            {
                continue;
            }

            var close = names.Where(n => n.StartsWith('-') == optionLike && Distance(token, n) <= Math.Max(1, n.Length / 3))
                .OrderBy(n => Distance(token, n))
                .ThenBy(n => n, StringComparer.Ordinal)
                .ToArray();
            if (close.Length > 0)
            {
                yield return $"'{token}' is not known here. Did you mean {string.Join(" or ", close.Select(n => $"'{n}'"))}?";
            }
        }
    }

    /// <summary>The edit distance (insertions, deletions, substitutions and swaps of neighbours) between two names.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
