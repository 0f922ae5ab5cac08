using Beibei.Rules.Casebook;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>The casebook's Chinese titles and case names (<c>title-zh</c>, <c>name-zh</c>): read, and shown in the
/// Chinese book (Markdown and HTML) while the English book keeps the English ones.</summary>
public class ChineseNamesTests
{
    private const string File = """
        title: Wearing a mask
        title-zh: 佩戴口罩
        cases:
          - name: An outing carries the duty
            name-zh: 外出须戴口罩
            at: 2022-11-12T10:00:00+08:00
            person: {region: beibei}
            ask: {leave-home: {purpose: essential}}
            expect: {verdict: allowed}
          - name: Only in English
            at: 2022-11-12T10:00:00+08:00
            person: {region: beibei}
            ask: {leave-home: {purpose: essential}}
            expect: {verdict: allowed}
        """;

    [Fact]
    public void TheChineseNames_AreRead_AndShownInTheChineseBookOnly()
    {
        var read = CasebookReader.Read(File, "mask.yaml");
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var file = read.File!;

        Assert.Equal("佩戴口罩", file.TitleIn("zh"));
        Assert.Equal("Wearing a mask", file.TitleIn("en"));
        Assert.Equal("外出须戴口罩", file.Cases[0].NameIn("zh"));
        Assert.Equal("Only in English", file.Cases[1].NameIn("zh"));
        foreach (var zh in (string[])[CasebookRenderer.Render([file], "zh"), CasebookHtml.Render([file], "zh")])
        {
            Assert.Contains("佩戴口罩", zh, StringComparison.Ordinal);
            Assert.Contains("外出须戴口罩", zh, StringComparison.Ordinal);
            Assert.DoesNotContain("An outing carries the duty", zh, StringComparison.Ordinal);
        }

        foreach (var en in (string[])[CasebookRenderer.Render([file], "en"), CasebookHtml.Render([file], "en")])
        {
            Assert.Contains("Wearing a mask", en, StringComparison.Ordinal);
            Assert.DoesNotContain("外出须戴口罩", en, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AChineseNameThatIsNotAValue_IsAnError()
    {
        var read = CasebookReader.Read(File.Replace("name-zh: 外出须戴口罩", "name-zh: [a, b]", StringComparison.Ordinal), "mask.yaml");

        Assert.Contains(read.Errors, e => e.Field == "cases[0].name-zh" && e.Code == Beibei.Rules.Decisions.ErrorCodes.ValueUnknown);
    }
}
