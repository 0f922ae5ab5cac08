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

    /// <summary>A paragraph label names the part of the source its quotation is printed in (CQ-136's lead, part and
    /// paragraph; BB-LETTER's point), not a heading: each part of the quotation is in one of the paragraphs it names.</summary>
    [Theory]
    [MemberData(nameof(Quoted))]
    public void ParagraphLabel_NamesWhereTheQuotationIsPrinted(string id)
    {
        var citation = Citations().Single(c => c.Id == id).Citation;
        var named = citation.Paragraph.Split("; ").SelectMany(Paragraphs).ToList();
        if (named.Count == 0)
        {
            Assert.DoesNotContain(citation.Sources, s => citation.Paragraph.StartsWith(s, StringComparison.Ordinal));
            return;
        }

        Assert.DoesNotContain("倡导中心城区各区人员", citation.Paragraph, StringComparison.Ordinal);
        foreach (var part in citation.Quotation.Split('…'))
        {
            Assert.True(named.Exists(p => p.Contains(part, StringComparison.Ordinal)), $"{id}: \"{part}\" is not in {citation.Paragraph}");
        }
    }

    [Theory]
    [InlineData("CQ-136 导语", "11月9日,市政府新闻办举行第136场")]
    [InlineData("CQ-136 第一部分第3段", "目前,重庆现有感染者均在定点医疗机构")]
    [InlineData("CQ-136 第二部分第2段", "希望广大市民朋友客观理性看待")]
    [InlineData("CQ-136 第三部分第1段", "李畔介绍,当前,重庆疫情防控正处在关键期")]
    [InlineData("CQ-136 第三部分第5段", "下一步,将在市委、市政府的坚强领导下")]
    [InlineData("BB-LETTER 一", "非必要不离区如确需离开,请按要求提前向目的地")]
    [InlineData("BB-LETTER 八", "抵制网络谣言通过官方媒体平台了解疫情相关信息")]
    public void Paragraphs_AreCountedAsTheSourcePrintsThem(string label, string opening) =>
        Assert.StartsWith(opening, Assert.Single(Paragraphs(label)), StringComparison.Ordinal);

    [Fact]
    public void Quotations_CoverEveryClauseAndNotEvaluablePart() =>
        Assert.Equal(
            Policy.Chongqing2022.Clauses.Count + Policy.Chongqing2022.NotEvaluable.Count + 1,
            Citations().Select(c => c.Id).Distinct().Count());

    // CQ-136 as the source prints it: a lead paragraph, then three parts under subheadings; BB-LETTER's points 一 to 八.
    private static readonly string[] Cq136Parts =
    [
        "11月9日0-20时,重庆新增本土感染者“109+517”",
        "快速找出隐匿传染源,中心城区将实行“一天一检”",
        "倡导中心城区各区人员非必要不离开中心城区范围",
    ];

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八"];

    /// <summary>The paragraphs a label such as <c>CQ-136 第三部分第2、4段</c> or <c>BB-LETTER 一、七</c> names.</summary>
    private static IEnumerable<string> Paragraphs(string label)
    {
        var lines = SourceText.All.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (label.StartsWith("CQ-136 ", StringComparison.Ordinal))
        {
            var start = lines.FindIndex(l => l.StartsWith("11月9日,市政府新闻办举行第136场", StringComparison.Ordinal));
            var end = lines.FindIndex(start, l => l.StartsWith("## ", StringComparison.Ordinal));
            var cq = lines[start..end];
            var where = label["CQ-136 ".Length..];
            if (where == "导语")
            {
                return [cq[0]];
            }

            var part = Array.IndexOf(Numerals, where[1..where.IndexOf('部', StringComparison.Ordinal)]);
            var heading = cq.IndexOf(Cq136Parts[part]);
            var next = part + 1 < Cq136Parts.Length ? cq.IndexOf(Cq136Parts[part + 1]) : cq.Count;
            var paragraphs = cq[(heading + 1)..next];
            var numbers = where[(where.IndexOf("分第", StringComparison.Ordinal) + 2)..^1].Split('、');
            return numbers.Select(n => paragraphs[int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) - 1]);
        }

        if (label.StartsWith("BB-LETTER", StringComparison.Ordinal))
        {
            var start = lines.FindIndex(l => l.StartsWith("## 致广大北碚市民朋友的一封信", StringComparison.Ordinal));
            var points = label.Length > "BB-LETTER".Length ? label["BB-LETTER ".Length..].Split('、') : Numerals;
            return points.Select(p => lines.FindIndex(start, l => l.TrimStart('-', ' ').StartsWith(p + "、", StringComparison.Ordinal)))
                .Select(at => lines[at].TrimStart('-', ' ')[2..].Replace("**", string.Empty, StringComparison.Ordinal) + lines[at + 1]);
        }

        return [];
    }

    private static IEnumerable<(string Id, Citation Citation)> Citations() =>
        Policy.Chongqing2022.Clauses.Select(c => (c.Id, c.Citation))
            .Concat(Policy.Chongqing2022.NotEvaluable.Select(n => (n.Id, n.Citation)))
            .Append((Evaluator.NoneInForce, Policy.Chongqing2022.NoneInForceReason.Citation));
}
