using System.Text.RegularExpressions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Policies;

/// <summary><c>docs/traceability.md</c>: every sentence of CQ-136's part addressed to residents and of BB-LETTER 一 to 八
/// named by its first words (verbatim, at most 20 characters) and mapped to ids that exist.</summary>
public partial class TraceabilityTests
{
    private static readonly Lazy<IReadOnlyList<(string FirstWords, string[] Ids)>> Rows = new(ReadRows);

    [Fact]
    public void Table_HasRowsForBothSources() => Assert.True(Rows.Value.Count >= 40, $"{Rows.Value.Count} rows");

    [Fact]
    public void FirstWords_AreVerbatimInTheSourceAndShort() => Assert.All(Rows.Value, row =>
    {
        Assert.InRange(row.FirstWords.Length, 1, 20);
        Assert.Contains(row.FirstWords, SourceText.All, StringComparison.Ordinal);
    });

    [Fact]
    public void Ids_ExistInThePolicy()
    {
        var policy = Policy.Chongqing2022;
        var known = policy.Clauses.Select(c => c.Id).Concat(policy.ObligationIds()).Concat(policy.NotEvaluable.Select(n => n.Id)).ToHashSet();
        Assert.All(Rows.Value, row =>
        {
            Assert.NotEmpty(row.Ids);
            Assert.All(row.Ids, id => Assert.True(known.Contains(id), $"{row.FirstWords}: '{id}' is no id of the policy"));
        });
    }

    [Fact]
    public void EveryNotEvaluablePart_IsMapped()
    {
        var mapped = Rows.Value.SelectMany(r => r.Ids).ToHashSet();
        Assert.All(Policy.Chongqing2022.NotEvaluable.Where(n => n.Id != "beibei.district-meetings"), n => Assert.Contains(n.Id, mapped));
    }

    [Theory]
    [InlineData("希望广大市民朋友客观理性看待当前疫情形势", "请大家不信谣、不传谣。")]
    [InlineData("- 一、非必要不离区", "切实做到不造谣、不信谣、不传谣。")]
    public void EverySentence_OfTheRange_IsNamed(string from, string to) =>
        Assert.All(SourceText.Sentences(from, to), sentence =>
            Assert.True(Rows.Value.Any(r => sentence.StartsWith(r.FirstWords, StringComparison.Ordinal)), $"no row names \"{sentence}\""));

    private static List<(string FirstWords, string[] Ids)> ReadRows()
    {
        var path = Path.Combine(Samples.RepositoryRoot(), "docs", "traceability.md");
        var rows = new List<(string, string[])>();
        foreach (var line in File.ReadLines(path))
        {
            var match = RowPattern().Match(line);
            if (match.Success)
            {
                rows.Add((match.Groups[1].Value, [.. IdPattern().Matches(match.Groups[2].Value).Select(m => m.Groups[1].Value)]));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\| `([^`]+)` \| ([^|]+) \|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex IdPattern();
}
