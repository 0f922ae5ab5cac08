using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Policies;

/// <summary>Every quotation the policy carries is an excerpt of the source as printed: its own punctuation and “ ” marks,
/// elisions marked with …, none of the file's layout marks.</summary>
public class QuotationTests
{
    public static TheoryData<string> Quoted()
    {
        var data = new TheoryData<string>();
        foreach (var (id, _) in Citations())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Quoted))]
    public void Quotation_IsAnExcerptOfTheSourceAsPrinted(string id)
    {
        var quotation = Citations().Single(c => c.Id == id).Citation.Quotation;
        var source = SourceText.All;

        Assert.DoesNotContain("**", quotation, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', quotation);
        Assert.DoesNotContain('\'', quotation);
        Assert.DoesNotContain('"', quotation);
        Assert.DoesNotContain("...", quotation, StringComparison.Ordinal);
        var from = 0;
        foreach (var part in quotation.Split('…'))
        {
            Assert.False(string.IsNullOrWhiteSpace(part), $"{id}: an elision at the start, the end or twice in a row");
            var at = source.IndexOf(part, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{id}: \"{part}\" is not in the source after the part before it");
            from = at + part.Length;
        }
    }

    [Fact]
    public void Quotations_CoverEveryClauseAndNotEvaluablePart() =>
        Assert.Equal(
            Policy.Chongqing2022.Clauses.Count + Policy.Chongqing2022.NotEvaluable.Count + 1,
            Citations().Select(c => c.Id).Distinct().Count());

    private static IEnumerable<(string Id, Citation Citation)> Citations() =>
        Policy.Chongqing2022.Clauses.Select(c => (c.Id, c.Citation))
            .Concat(Policy.Chongqing2022.NotEvaluable.Select(n => (n.Id, n.Citation)))
            .Append((Evaluator.NoneInForce, Policy.Chongqing2022.NoneInForceReason.Citation));
}
