using System.Text.RegularExpressions;
using Beibei.Rules.Casebook;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>The casebook's Chinese titles and case names (<c>title-zh</c>, <c>name-zh</c>): read, and shown in the
/// Chinese book (Markdown and HTML) while the English book keeps the English ones.</summary>
public partial class ChineseNamesTests
{
    private const string File = """
        title: Wearing a mask
        title-zh: 佩戴口罩
        notes: Masks are worn outside.
        notes-zh: 外出佩戴口罩。
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
        Assert.Equal(("外出佩戴口罩。", "Masks are worn outside."), (file.NotesIn("zh"), file.NotesIn("en")));
        Assert.Equal("外出须戴口罩", file.Cases[0].NameIn("zh"));
        Assert.Equal("Only in English", file.Cases[1].NameIn("zh"));
        foreach (var zh in (string[])[CasebookRenderer.Render([file], "zh"), CasebookHtml.Render([file], "zh")])
        {
            Assert.Contains("佩戴口罩", zh, StringComparison.Ordinal);
            Assert.Contains("外出须戴口罩", zh, StringComparison.Ordinal);
            Assert.DoesNotContain("An outing carries the duty", zh, StringComparison.Ordinal);
            Assert.Contains("外出佩戴口罩。", zh, StringComparison.Ordinal);
            Assert.DoesNotContain("Masks are worn outside.", zh, StringComparison.Ordinal);
        }

        foreach (var en in (string[])[CasebookRenderer.Render([file], "en"), CasebookHtml.Render([file], "en")])
        {
            Assert.Contains("Wearing a mask", en, StringComparison.Ordinal);
            Assert.DoesNotContain("外出须戴口罩", en, StringComparison.Ordinal);
            Assert.Contains("Masks are worn outside.", en, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheProjectCasebook_HasAChineseTitleForEveryFile_AndAChineseNameForEveryCase()
    {
        foreach (var file in ProjectFiles())
        {
            Assert.True(file.TitleZh is { Length: > 0 }, $"{file.Path} has no title-zh");
            Assert.True(file.Notes is null || file.NotesZh is { Length: > 0 }, $"{file.Path} has notes but no notes-zh");
            Assert.All(file.Cases, c => Assert.True(c.NameZh is { Length: > 0 }, $"{file.Path}: \"{c.Name}\" has no name-zh"));
            Assert.Equal(file.Cases.Count, file.Cases.Select(c => c.NameZh).Distinct().Count());
        }
    }

    /// <summary>The Chinese book, Markdown and HTML, has no English word outside ids, codes and option values (all in code
    /// spans) and the source's quotations: titles, notes and case names are the files' Chinese ones.</summary>
    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    public void TheChineseBook_HasNoEnglish(string format)
    {
        var files = ProjectFiles();

        var book = format == "html" ? VisibleText(CasebookHtml.Render(files, "zh")) : CasebookRenderer.Render(files, "zh");

        var text = CodeSpan().Replace(book, string.Empty).Replace("Beibei.Rules", string.Empty, StringComparison.Ordinal);
        Assert.Empty(Cli.PeopleTextTests.EnglishIn(text).Except(Codes));
        Assert.Contains("不允许", book, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNoEnglishCheck_FindsAnEnglishCaseName()
    {
        var files = ProjectFiles();
        files[0] = files[0] with { Cases = [.. files[0].Cases.Select((c, i) => i == 0 ? c with { NameZh = null } : c)] };

        var text = CodeSpan().Replace(CasebookRenderer.Render(files, "zh"), string.Empty);

        Assert.NotEmpty(Cli.PeopleTextTests.EnglishIn(text).Except(Codes));
    }

    // Codes that are not English words: UTC in the time note and ISO 8601 durations such as PT72H.
    private static readonly string[] Codes = ["UTC", "PT"];

    private static CasebookFile[] ProjectFiles() =>
        [.. Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(p => CasebookReader.ReadFile(p).File! with { Path = Path.GetFileName(p) })];

    // What a reader of the page sees: no style, script, tags, code or entities.
    private static string VisibleText(string html)
    {
        var text = Regex.Replace(html, "<(style|script|code)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]*>", " ");
        return System.Net.WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [Fact]
    public void AChineseNameThatIsNotAValue_IsAnError()
    {
        var read = CasebookReader.Read(File.Replace("name-zh: 外出须戴口罩", "name-zh: [a, b]", StringComparison.Ordinal), "mask.yaml");

        Assert.Contains(read.Errors, e => e.Field == "cases[0].name-zh" && e.Code == Beibei.Rules.Decisions.ErrorCodes.ValueUnknown);
    }
}
