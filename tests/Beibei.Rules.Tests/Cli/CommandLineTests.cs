using System.Text.Json;
using Beibei.Rules.Cli;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private const string GoodCase = """
        at: 2022-11-12T10:00:00+08:00
        person: {region: jiangbei, tests: [{sampled: 2022-11-11T08:00:00+08:00, resulted: 2022-11-11T15:00:00+08:00, result: negative}], reports: [{to: fuling, at: 2022-11-12T08:00:00+08:00}]}
        ask: {travel: {to: fuling, purpose: essential, arrives: 2022-11-12T12:00:00+08:00}}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("beibei-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Test_ProjectCasebook_AllPassAndEndsWithTheSummary()
    {
        var (exit, output, _) = Run(string.Empty, "test", Samples.CasesFolder());

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Matches(@"^\d+ passed, 0 failed$", output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Test_WrongExpectation_ExitsOneNamingFileLineExpectedAndActual()
    {
        var path = Write("wrong.yaml", $"title: t\ncases:\n  - name: Wrong on purpose\n{Indent(GoodCase)}\n    expect: {{verdict: denied}}\n");

        var (exit, output, _) = Run(string.Empty, "test", path);

        Assert.Equal(CommandLine.CaseFailed, exit);
        Assert.Contains($"FAIL {path}:3: Wrong on purpose", output, StringComparison.Ordinal);
        Assert.Contains($"{path}:7: expect.verdict: expected denied, actual allowed", output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InChinese_ReportsFailuresInChinese_WithTheChineseName_AndKeepsTheLastLine()
    {
        var path = Write("wrong.yaml", $"title: t\ncases:\n  - name: Wrong on purpose\n    name-zh: 故意写错\n{Indent(GoodCase)}\n    expect: {{verdict: denied}}\n");

        var (exit, output, _) = Run(string.Empty, "test", path, "--lang", "zh");

        Assert.Equal(CommandLine.CaseFailed, exit);
        Assert.Contains($"未通过 {path}:3：故意写错", output, StringComparison.Ordinal);
        Assert.Contains($"{path}:8：expect.verdict：应为 denied，实际为 allowed", output, StringComparison.Ordinal);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("共1个案例：0个通过，1个未通过。", lines[^2]);
        Assert.Equal("0 passed, 1 failed", lines[^1]);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InChinese_AFileProblem_IsWrittenInChinese_WithItsCode()
    {
        var path = Write("typo.yaml", $"title: t\ncases:\n  - name: Typo\n{Indent(GoodCase)}\n    expct: {{verdict: allowed}}\n");

        var (exit, output, error) = Run(string.Empty, "test", path, "--lang", "zh");

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("(key.unknown)", error, StringComparison.Ordinal);
        var message = error.Replace(path, string.Empty, StringComparison.Ordinal).Replace("cases[0].expct", string.Empty, StringComparison.Ordinal);
        Assert.Empty(PeopleTextTests.EnglishIn(message[..message.IndexOf("可用的键", StringComparison.Ordinal)]));
        Assert.Contains("文件有2处问题（见上文），这些文件的案例未运行", output, StringComparison.Ordinal);
        Assert.Contains("没有运行任何案例。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MalformedYaml_ExitsTwoWithOneClearLineAndRunsTheOtherFiles()
    {
        Write("a/bad.yaml", "title: [oops\n");
        Write("a/good.yaml", $"title: t\ncases:\n  - name: Fine\n{Indent(GoodCase)}\n    expect: {{verdict: allowed}}\n");

        var (exit, output, error) = Run(string.Empty, "test", folder);

        Assert.Equal(CommandLine.BadInput, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"bad\.yaml:\d+: .*\(syntax\)$", line);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MisspeltKey_ExitsTwoNamingTheKey()
    {
        var path = Write("typo.yaml", $"title: t\ncases:\n  - name: Typo\n{Indent(GoodCase)}\n    expct: {{verdict: allowed}}\n");

        var (exit, _, error) = Run(string.Empty, "test", path);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains($"{path}:7: cases[0].expct: Unknown key 'expct'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_UnknownClauseInExpect_ExitsTwo()
    {
        var path = Write("ids.yaml", $"title: t\ncases:\n  - name: Ids\n{Indent(GoodCase)}\n    expect: {{verdict: allowed, reasons: [cq.no-such-clause]}}\n");

        var (exit, _, error) = Run(string.Empty, "test", path);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("'cq.no-such-clause' is not a clause id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_EmptyFolder_ExitsTwo()
    {
        var empty = Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName;

        var (exit, _, error) = Run(string.Empty, "test", empty);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("no casebook files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MissingPath_ExitsTwo() =>
        Assert.Equal(CommandLine.BadInput, Run(string.Empty, "test", Path.Combine(folder, "nothing-here")).Exit);

    [Fact]
    public void Test_JsonFormat_OneObjectPerCaseAndASummary()
    {
        var path = Write("ok.yaml", $"title: t\ncases:\n  - name: Fine\n{Indent(GoodCase)}\n    expect: {{verdict: allowed}}\n");

        var (exit, output, _) = Run(string.Empty, "test", path, "--format", "json");

        Assert.Equal(CommandLine.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(JsonDocument.Parse(lines[0]).RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(1, JsonDocument.Parse(lines[^1]).RootElement.GetProperty("passed").GetInt32());
    }

    [Fact]
    public void Evaluate_FromStandardInput_PrintsTheDecisionAsJson()
    {
        var (exit, output, _) = Run(GoodCase, "evaluate", "-");

        Assert.Equal(CommandLine.Ok, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("allowed", json.GetProperty("verdict").GetString());
        Assert.Equal("2022-11-13T08:00:00+08:00", json.GetProperty("valid-until").GetString());
        var reason = json.GetProperty("reasons")[0];
        Assert.Equal("cq.central-city.leave-conditions", reason.GetProperty("clause").GetString());
        Assert.Equal("CQ-136", reason.GetProperty("sources")[0].GetString());
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("quotation").GetString()));
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("summary").GetProperty("zh").GetString()));
        Assert.Contains(json.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("id").GetString() == "cq.land-and-test/landing-test");
    }

    [Fact]
    public void Evaluate_JsonRequestFromAFile_Works()
    {
        var path = Write("request.json", """{"at": "2022-11-12T10:00:00Z", "person": {"region": "beibei"}, "ask": {"gathering": {"kind": "wedding"}}}""");

        var (exit, output, _) = Run(string.Empty, "evaluate", path);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Equal("denied", JsonDocument.Parse(output).RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Evaluate_TextFormat_PutsTheVerdictFirst()
    {
        var (exit, output, _) = Run(GoodCase, "evaluate", "-", "--format", "text");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.StartsWith("ALLOWED at 2022-11-12 10:00 (Beijing time)", output, StringComparison.Ordinal);
        Assert.Contains("cq.land-and-test/landing-test [due] by the end of 12 November 2022", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at: 2022-11-12T10:00:00\nperson: {region: yuzhong}\nask: {leave-home: {purpose: essential}}", "time.no-offset", "at")]
    [InlineData("at: 2022-11-12T10:00:00+08:00\nperson: {region: atlantis}\nask: {leave-home: {purpose: essential}}", "region.unknown", "person.region")]
    [InlineData("at: 2022-11-12T10:00:00+08:00\nperson: {region: yuzhong, tests: [{sampled: 2022-11-12T10:00:00+08:00, resulted: 2022-11-12T09:00:00+08:00, result: negative}]}\nask: {leave-home: {purpose: essential}}", "test.resulted-before-sampled", "person.tests[0].resulted")]
    [InlineData("at: 2022-11-12T10:00:00+08:00\nperson: {region: beibei, arrival: {from: yubei, at: 2022-11-12T09:00:00+08:00, entered: 2022-11-12T09:00:01+08:00}}\nask: {leave-home: {purpose: essential}}", "arrival.entered-after-arrival", "person.arrival.entered")]
    [InlineData("at: 2022-11-12T10:00:00+08:00\nperson: {region: yuzhong}\nask: {travel: {to: hechuan, purpose: essential, arrives: 2022-11-12T09:59:59+08:00}}", "travel.arrives-before-at", "ask.travel.arrives")]
    [InlineData("at: [", "syntax", "")]
    public void Evaluate_BadInput_ExitsTwoWithAJsonErrorObject(string input, string code, string field)
    {
        var (exit, output, _) = Run(input, "evaluate", "-");

        Assert.Equal(CommandLine.BadInput, exit);
        var error = JsonDocument.Parse(output).RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public void Timeline_PrintsTheSegments()
    {
        var (exit, output, _) = Run(GoodCase, "timeline", "-", "--until", "2022-11-14T00:00:00+08:00");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Equal(
            ["(Beijing time)", "[2022-11-12 10:00, 2022-11-13 08:00]  allowed  cq.central-city.leave-conditions", "(2022-11-13 08:00, 2022-11-14 00:00]  denied   cq.central-city.leave-conditions"],
            output.TrimEnd().Split('\n').Where(line => !line.StartsWith(' ')));

        // Under each segment, the duties of its first instant.
        var lines = output.Split('\n');
        Assert.StartsWith("    cq.land-and-test/landing-test [due] by the end of 12 November 2022:", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_JsonFormat_HasTheSegments()
    {
        var (exit, output, _) = Run(GoodCase, "timeline", "-", "--until", "2022-11-14T00:00:00+08:00", "--format", "json");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("segments").GetArrayLength());
    }

    [Theory]
    [InlineData("2022-11-14T00:00:00")]
    [InlineData("tomorrow")]
    public void Timeline_BadUntil_ExitsTwo(string until) =>
        Assert.Equal(CommandLine.BadInput, Run(GoodCase, "timeline", "-", "--until", until).Exit);

    [Fact]
    public void Timeline_WithoutUntil_ExitsTwo() =>
        Assert.Equal(CommandLine.BadInput, Run(GoodCase, "timeline", "-").Exit);

    [Theory]
    [InlineData("en", "# The Beibei.Rules casebook", "| Case | At | Situation | Question | Expected |")]
    [InlineData("zh", "# Beibei.Rules 规则案例集", "| 案例 | 时刻 | 情形 | 问题 | 应答 |")]
    public void Casebook_WritesTheMarkdown(string language, string heading, string tableHeader)
    {
        var output = Path.Combine(folder, "casebook.md");

        var (exit, message, _) = Run(string.Empty, "casebook", Samples.CasesFolder(), "--out", output, "--lang", language);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains("wrote", message, StringComparison.Ordinal);
        var markdown = File.ReadAllText(output);
        Assert.StartsWith(heading, markdown, StringComparison.Ordinal);
        Assert.Contains("## `cq.land-and-test`", markdown, StringComparison.Ordinal);
        Assert.Contains(tableHeader, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Casebook_BadFile_ExitsTwo()
    {
        var path = Write("bad.yaml", "title: x\n");

        Assert.Equal(CommandLine.BadInput, Run(string.Empty, "casebook", path).Exit);
    }

    [Fact]
    public void Casebook_UnknownLanguage_ExitsTwo() =>
        Assert.Equal(CommandLine.BadInput, Run(string.Empty, "casebook", Samples.CasesFolder(), "--lang", "fr").Exit);

    [Fact]
    public void Clauses_ListsEveryClauseWithSourcesAndParameters()
    {
        var (exit, output, _) = Run(string.Empty, "clauses");

        Assert.Equal(CommandLine.Ok, exit);
        foreach (var clause in Policy.Chongqing2022.Clauses)
        {
            Assert.Contains(clause.Id + "\n", output, StringComparison.Ordinal);
        }

        Assert.Contains("parameters: proof-window, proof-anchor", output, StringComparison.Ordinal);
        Assert.Contains("beibei.no-rumours", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clauses_AtAnInstantOutsideThePolicy_SaysNoneIsInForce()
    {
        var (exit, output, _) = Run(string.Empty, "clauses", "--at", "2022-12-07T00:00:00+08:00");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains("policy.none-in-force", output, StringComparison.Ordinal);
        Assert.DoesNotContain("cq.infected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clauses_AtAnInstantInside_ListsThem() =>
        Assert.Contains("cq.infected", Run(string.Empty, "clauses", "--at", "2022-11-12T10:00:00+08:00").Out, StringComparison.Ordinal);

    [Fact]
    public void Regions_ListsTheTable()
    {
        var (exit, output, _) = Run(string.Empty, "regions");

        Assert.Equal(CommandLine.Ok, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(43, lines.Length);
        Assert.Contains("beibei\t北碚区\t北碚\t500109\tcentral", lines);
        Assert.Contains("gaoxin\t西部科学城重庆高新区\t重庆高新区,高新区\t-\tcentral", lines);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("test")]
    [InlineData("evaluate")]
    [InlineData("regions", "--colour", "red")]
    [InlineData("regions", "extra")]
    [InlineData("test", "--format")]
    public void BadCommandLine_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = Run(string.Empty, args);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("usage: beibei-rules", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ExitsZero() => Assert.Equal(CommandLine.Ok, Run(string.Empty, "help").Exit);

    [Fact]
    public void Coverage_ProjectCasebook_ReachesEverything()
    {
        var (exit, output, _) = Run(string.Empty, "coverage", Samples.CasesFolder(), "--fail-under", "100");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains("cq.land-and-test: applied in", output, StringComparison.Ordinal);
        Assert.EndsWith("Every item is reached.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_Json_ListsEveryClauseAndNothingNotReached()
    {
        var (exit, output, _) = Run(string.Empty, "coverage", Samples.CasesFolder(), "--format", "json");

        Assert.Equal(CommandLine.Ok, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(100, root.GetProperty("percent").GetDouble());
        Assert.Equal(Policy.Chongqing2022.Clauses.Count, root.GetProperty("clauses").GetArrayLength());
        Assert.Equal(0, root.GetProperty("not-reached").GetArrayLength());
    }

    [Theory]
    [InlineData("control-areas.yaml", "cq.control-areas: on a change point")]
    [InlineData("beibei-health-code.yaml", "beibei.health-code: applied")]
    [InlineData("bad-input.yaml", "errors: error region.unknown")]
    public void Coverage_WithoutOneFile_NamesWhatItAloneReachedAndFailsUnder100(string removed, string named)
    {
        foreach (var file in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Where(f => Path.GetFileName(f) != removed))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var (exit, output, _) = Run(string.Empty, "coverage", folder, "--fail-under", "100");

        Assert.Equal(CommandLine.CaseFailed, exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Ok, Run(string.Empty, "coverage", folder, "--fail-under", "90").Exit);
    }

    [Theory]
    [InlineData("control-areas.yaml", "cq.control-areas：恰在变化点上")]
    [InlineData("beibei-health-code.yaml", "beibei.health-code：适用")]
    [InlineData("bad-input.yaml", "错误代码：region.unknown")]
    public void Coverage_InChinese_NamesWhatIsNotReachedInChinese(string removed, string named)
    {
        foreach (var file in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Where(f => Path.GetFileName(f) != removed))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var (exit, output, _) = Run(string.Empty, "coverage", folder, "--fail-under", "100", "--lang", "zh");

        Assert.Equal(CommandLine.CaseFailed, exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.Contains("未覆盖（", output, StringComparison.Ordinal);
        Assert.Empty(PeopleTextTests.EnglishIn(output, listing: true));
    }

    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("all")]
    public void Coverage_FailUnderOutsideAPercentage_IsBadInput(string percent) =>
        Assert.Equal(CommandLine.BadInput, Run(string.Empty, "coverage", Samples.CasesFolder(), "--fail-under", percent).Exit);

    [Fact]
    public void Version_PrintsThePackageVersion()
    {
        var (exit, output, _) = Run(string.Empty, "--version");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Theory]
    [InlineData("test")]
    [InlineData("evaluate")]
    [InlineData("timeline")]
    [InlineData("casebook")]
    [InlineData("coverage")]
    [InlineData("clauses")]
    [InlineData("regions")]
    public void Help_OfEveryCommand_DescribesItsUsageAndFormat(string command)
    {
        var (exit, output, _) = Run(string.Empty, command, "--help");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains($"beibei-rules {command}", output, StringComparison.Ordinal);
        Assert.Contains("--format", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tset", "'test'", "tset", "tests")]
    [InlineData("evalute", "'evaluate'", "evalute", "-")]
    [InlineData("--formt", "'--format'", "regions", "--formt", "json")]
    public void MistypedName_IsBadInputWithASuggestion(string mistyped, string suggested, params string[] args)
    {
        var (exit, _, error) = Run(string.Empty, args);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains($"'{mistyped}' is not known here. Did you mean {suggested}?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedValue_IsNotTakenForAName()
    {
        var (exit, _, error) = Run(string.Empty, "regions", "--colour", "red");

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.DoesNotContain("'red' is not known here", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TextFormat_ADenialReadsAsAChecklist()
    {
        var (exit, output, _) = Run(
            "at: 2022-11-12T10:00:00+08:00\nperson: {region: jiangbei, tests: [{sampled: 2022-11-09T08:00:00+08:00, resulted: 2022-11-09T16:00:00+08:00, result: negative}]}\nask: {travel: {to: fuling, purpose: essential}}",
            "evaluate",
            "-",
            "--format",
            "text");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains("[ ] report-to-destination: none to fuling known at 2022-11-12 10:00", output, StringComparison.Ordinal);
        Assert.Contains("[ ] negative-proof: newest test sampled 2022-11-09 08:00, negative, expired at 2022-11-11 08:00", output, StringComparison.Ordinal);
        Assert.Contains("  Report the trip in advance to the destination's village, community or unit (from 2022-11-12 10:00; condition report-to-destination)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_CarriesConditionsAndTheRemedysCondition()
    {
        var (_, output, _) = Run(GoodCase, "evaluate", "-");

        var reason = JsonDocument.Parse(output).RootElement.GetProperty("reasons")[0];
        var conditions = reason.GetProperty("conditions").EnumerateArray().ToArray();
        Assert.Equal(["report-to-destination", "negative-proof"], conditions.Select(c => c.GetProperty("id").GetString()));
        Assert.All(conditions, c => Assert.True(c.GetProperty("met").GetBoolean()));
        Assert.Equal("report", conditions[0].GetProperty("fact").GetProperty("kind").GetString());
        Assert.Equal("2022-11-12T08:00:00+08:00", conditions[0].GetProperty("fact").GetProperty("at").GetString());
        Assert.Equal("proof", conditions[1].GetProperty("fact").GetProperty("kind").GetString());
    }

    [Fact]
    public void Evaluate_TextFormat_PrintsBadInputAsText()
    {
        var (exit, output, _) = Run("at: 2022-11-12T10:00:00+08:00\nperson: {region: atlantis}\nask: {leave-home: {purpose: essential}}", "evaluate", "-", "--format", "text");

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("person.region: 'atlantis' is not a region of the table. (region.unknown)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("{", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_JsonFormat_PrintsABadUntilAsJson()
    {
        var (exit, output, _) = Run(GoodCase, "timeline", "-", "--until", "2022-11-14T00:00:00", "--format", "json");

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Equal("time.no-offset", JsonDocument.Parse(output).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("en", "<html lang=\"en\">")]
    [InlineData("zh", "<html lang=\"zh\">")]
    public void Casebook_HtmlFormat_WritesOneSelfContainedPage(string language, string root)
    {
        var output = Path.Combine(folder, "casebook.html");

        var (exit, message, _) = Run(string.Empty, "casebook", Samples.CasesFolder(), "--format", "html", "--out", output, "--lang", language);

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Contains("wrote", message, StringComparison.Ordinal);
        var html = File.ReadAllText(output);
        Assert.Contains(root, html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_SvgFormat_DrawsOneBandPerSegment()
    {
        var (exit, output, _) = Run(GoodCase, "timeline", "-", "--until", "2022-11-14T00:00:00+08:00", "--format", "svg");

        Assert.Equal(CommandLine.Ok, exit);
        var svg = System.Xml.Linq.XDocument.Parse(output);
        Assert.Equal(2, svg.Descendants(System.Xml.Linq.XName.Get("rect", "http://www.w3.org/2000/svg")).Count());
    }

    [Fact]
    public void Clauses_JsonFormat_ListsEveryClauseWithItsParameters()
    {
        var (exit, output, _) = Run(string.Empty, "clauses", "--format", "json");

        Assert.Equal(CommandLine.Ok, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            Policy.Chongqing2022.Clauses.Select(c => c.Id),
            root.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Contains(root.GetProperty("not-evaluated").EnumerateArray(), n => n.GetProperty("id").GetString() == "beibei.no-rumours");
    }

    [Fact]
    public void Clauses_JsonFormatOutsideThePolicy_ListsNoClause()
    {
        var (exit, output, _) = Run(string.Empty, "clauses", "--at", "2022-12-07T00:00:00+08:00", "--format", "json");

        Assert.Equal(CommandLine.Ok, exit);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("clauses").GetArrayLength());
    }

    [Fact]
    public void Regions_JsonFormat_ListsTheTable()
    {
        var (exit, output, _) = Run(string.Empty, "regions", "--format", "json");

        Assert.Equal(CommandLine.Ok, exit);
        var regions = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(42, regions.Length);
        Assert.Contains(regions, r => r.GetProperty("id").GetString() == "beibei" && r.GetProperty("zone").GetString() == "central");
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    " + l));
}
