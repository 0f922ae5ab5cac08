using System.Globalization;
using System.Text.RegularExpressions;
using Beibei.Rules.Casebook;
using Beibei.Rules.Cli;
using Beibei.Rules.Policies.Chongqing2022;
using Snapshooter;
using Snapshooter.Xunit;

namespace Beibei.Rules.Tests.Cli;

/// <summary>What people read: <c>evaluate</c> and <c>timeline</c> in <c>--format text</c>, in English and Chinese.</summary>
public partial class PeopleTextTests
{
    [Fact]
    public void TheQuickStart_InChinese_ReadsAsAnAnswer_WithDeadlinesAsPeopleSayThem()
    {
        var (exit, output) = Run("evaluate", Example("travel-to-fuling.yaml"), "--format", "text", "--lang", "zh");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.StartsWith("允许（2022年11月12日 09:00，北京时间）", output, StringComparison.Ordinal);
        Assert.Contains("如无变化，此答复有效至2022年11月12日 21:00（含该时刻）。", output, StringComparison.Ordinal);
        Assert.Contains("cq.land-and-test/landing-test【待完成】11月12日24时前：", output, StringComparison.Ordinal);
        Assert.Contains("cq.land-and-test/second-test【待完成】11月14日24时前：", output, StringComparison.Ordinal);
        Assert.Contains("[x] report-to-destination：已于2022年11月11日 20:00向涪陵区报备", output, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(output, "北京时间"));
        Assert.Empty(EnglishIn(output));
    }

    [Fact]
    public void ADenial_LeadsWithWhatWouldChangeIt_AndWhen()
    {
        var (_, zh) = Run("evaluate", Example("request.json"), "--format", "text", "--lang", "zh");
        var (_, en) = Run("evaluate", Example("request.json"), "--format", "text", "--lang", "en");

        var zhLines = zh.Split('\n');
        Assert.StartsWith("不允许（2022年11月12日 10:00，北京时间）", zhLines[0], StringComparison.Ordinal);
        Assert.Equal("如何才能改变结果：", zhLines[1].TrimEnd());
        Assert.Contains("（最早2022年11月13日 09:00起；对应条件 second-test）", zhLines[2], StringComparison.Ordinal);
        Assert.StartsWith("如无变化，此答复有效至", zhLines[3], StringComparison.Ordinal);
        var enLines = en.Split('\n');
        Assert.StartsWith("DENIED at 2022-11-12 10:00 (Beijing time)", enLines[0], StringComparison.Ordinal);
        Assert.Equal("What would change it:", enLines[1].TrimEnd());
        Assert.Contains("(from 2022-11-13 09:00; condition second-test)", enLines[2], StringComparison.Ordinal);
        Assert.StartsWith("If nothing changes, this answer holds until 2022-12-07 00:00.", enLines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void TheLanguage_DefaultsToTheUsersUiCulture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var (_, zh) = Run("evaluate", Example("travel-to-fuling.yaml"), "--format", "text");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            var (_, en) = Run("evaluate", Example("travel-to-fuling.yaml"), "--format", "text");

            Assert.StartsWith("允许", zh, StringComparison.Ordinal);
            Assert.StartsWith("ALLOWED", en, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("clauses", "有效期：自")]
    [InlineData("regions", "编号\t名称\t简称\tGB/T 2260\t区域")]
    public void TheListings_InChinese_HaveNoEnglish(string command, string start)
    {
        var (exit, zh) = Run(command, "--lang", "zh");
        var (_, en) = Run(command, "--lang", "en");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.StartsWith(start, zh, StringComparison.Ordinal);
        Assert.Empty(EnglishIn(zh.Replace("GB/T 2260", string.Empty, StringComparison.Ordinal), listing: true));
        Assert.NotEqual(zh, en);
    }

    [Theory]
    [MemberData(nameof(Casebook.SnapshotTests.Representatives), MemberType = typeof(Casebook.SnapshotTests))]
    public void TheText_OfARepresentativeCase_MatchesItsSnapshot_InBothLanguages_AndTheChineseHasNoEnglish(string clause, string file, string caseName)
    {
        var definition = CasebookReader.ReadFile(Path.Combine(Samples.CasesFolder(), file)).File!.Cases.Single(c => c.Name == caseName);
        var input = Path.GetTempFileName();
        File.WriteAllText(input, Service.EveryCaseOverHttpTests.Cases(file).Single(c => c.Name == caseName).Body.ToJsonString());
        try
        {
            var texts = new Dictionary<string, string>();
            foreach (var language in (string[])["en", "zh"])
            {
                var (exit, decision) = Run("evaluate", input, "--format", "text", "--lang", language);
                var (_, timeline) = Run("timeline", input, "--until", PolicyTime.Format(definition.At!.Value + NodaTime.Duration.FromDays(3)), "--lang", language);
                Assert.Equal(CommandLine.Ok, exit);
                texts[language] = decision + "\n---\n" + timeline;
            }

            Assert.Empty(EnglishIn(texts["zh"]));
            Snapshot.Match(texts["en"] + "\n===\n" + texts["zh"], SnapshotNameExtension.Create(clause));
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The English words of a Chinese text, outside ids, codes, source ids, the digest and the text's
    /// quotations (which are the source's own words).</summary>
    internal static IReadOnlyList<string> EnglishIn(string text, bool listing = false)
    {
        var stripped = Quotation().Replace(text, string.Empty);
        stripped = Id().Replace(stripped.Replace("sha256", string.Empty, StringComparison.Ordinal), string.Empty);
        // A listing names one-word ids too (region ids such as yuzhong, parameter names such as advice); a decision
        // names regions by their Chinese names.
        return [.. Word().Matches(stripped).Select(m => m.Value).Where(w => !listing || !OneWordIds.Contains(w))];
    }

    private static readonly HashSet<string> OneWordIds =
        [.. Chongqing2022Regions.Table.All.Select(r => r.Id), .. PolicyOptions.Names];

    private static string Example(string name) => Path.Combine(Samples.RepositoryRoot(), "tests", "examples", name);

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(string.Empty), output, new StringWriter());
        return (exit, output.ToString());
    }

    [GeneratedRegex("「[^」]*」")]
    private static partial Regex Quotation();

    // Clause, condition and obligation ids (cq.land-and-test/second-test, report-to-destination), source ids (CQ-136,
    // BB-LETTER, NHC-9), the policy's id and hex digests.
    [GeneratedRegex(@"\b([a-z0-9]+([.\-/][a-z0-9]+)+|[A-Z]+-[A-Z0-9]+|[0-9a-f]{12}…)")]
    private static partial Regex Id();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}
