using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Questions;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Casebook;

public class CasebookReaderTests
{
    private const string OneCase = """
        title: One case
        cases:
          - name: A trip
            at: 2022-11-12T10:00:00+08:00
            person: {region: yuzhong}
            ask: {travel: {to: jiangbei, purpose: non-essential}}
            expect: {verdict: allowed}
        """;

    [Fact]
    public void Read_ValidFile_GivesTheCaseInTheLibrarysTypes()
    {
        var read = CasebookReader.Read(OneCase, "one.yaml");

        Assert.True(read.IsValid);
        var c = Assert.Single(read.File!.Cases);
        Assert.Equal("A trip", c.Name);
        Assert.Equal(3, c.Line);
        Assert.Equal(T("2022-11-12T10:00:00+08:00"), c.At);
        Assert.Equal(new Travel("jiangbei", Purpose.NonEssential), c.Ask);
        Assert.Equal(Verdict.Allowed, c.Expect?.Verdict);
        Assert.Equal(6, c.FieldLines["ask"]);
    }

    [Theory]
    [InlineData("48h", 48 * 60)]
    [InlineData("PT48H", 48 * 60)]
    [InlineData("P2D", 48 * 60)]
    [InlineData("P1DT12H30M", (36 * 60) + 30)]
    [InlineData("P1W", 7 * 24 * 60)]
    [InlineData("90m", 90)]
    public void ReadCase_Durations_AcceptTheShortFormAndIso8601(string written, int minutes)
    {
        var read = CasebookReader.ReadCase($"at: 2022-11-12T10:00:00+08:00\noptions: {{proof-window: {written}}}\nperson: {{region: yuzhong}}\nask: {{leave-home: {{purpose: essential}}}}", "case.yaml");

        Assert.Empty(read.AllErrors);
        Assert.Equal(NodaTime.Duration.FromMinutes(minutes), read.Case!.Options.ProofWindow);
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("PT48X")]
    [InlineData("P")]
    [InlineData("PT99999999999999H")]
    public void ReadCase_DurationsThatAreNotTimeSpans_AreValueUnknown(string written)
    {
        var read = CasebookReader.ReadCase($"at: 2022-11-12T10:00:00+08:00\noptions: {{proof-window: {written}}}\nperson: {{region: yuzhong}}\nask: {{leave-home: {{purpose: essential}}}}", "case.yaml");

        Assert.Contains(read.AllErrors, e => e.Code == ErrorCodes.ValueUnknown && e.Field == "options.proof-window");
    }

    [Theory]
    [InlineData("{cq.no-such-clause: {negative-proof: met}}", "expect.conditions.cq.no-such-clause")]
    [InlineData("{cq.public-places: {kind-ok: met}}", "expect.conditions.cq.public-places.kind-ok")]
    [InlineData("{cq.public-places: {negative-proof: maybe}}", "expect.conditions.cq.public-places.negative-proof")]
    public void Read_ConditionsThatNoClauseNames_AreFileErrors(string conditions, string field)
    {
        var read = CasebookReader.Read(OneCase.Replace("expect: {verdict: allowed}", $"expect: {{verdict: allowed, conditions: {conditions}}}", StringComparison.Ordinal), "one.yaml");

        Assert.False(read.IsValid);
        Assert.Contains(read.Errors, e => e.Field.EndsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MalformedYaml_IsAFileErrorWithItsLine()
    {
        var read = CasebookReader.Read("title: x\ncases:\n  - name: [unclosed\n", "bad.yaml");

        var error = Assert.Single(read.Errors);
        Assert.Equal((ErrorCodes.Syntax, "bad.yaml", 4), (error.Code, error.File, error.Line));
        Assert.Null(read.File);
    }

    [Fact]
    public void Read_MisspeltKeyOutsideTheCaseParts_IsAFileErrorThatSuggestsTheKey()
    {
        var read = CasebookReader.Read(OneCase.Replace("expect:", "expct:", StringComparison.Ordinal), "typo.yaml");

        Assert.False(read.IsValid);
        var error = read.Errors.First(e => e.Code == ErrorCodes.KeyUnknown);
        Assert.Equal((7, "cases[0].expct"), (error.Line, error.Field));
        Assert.Contains("did you mean 'expect'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownClauseInExpect_IsAFileError()
    {
        var read = CasebookReader.Read(OneCase.Replace("{verdict: allowed}", "{verdict: allowed, reasons: [cq.central-city.zoen]}", StringComparison.Ordinal), "ids.yaml");

        var error = Assert.Single(read.Errors);
        Assert.Equal((ErrorCodes.ValueUnknown, "cases[0].expect.reasons", 7), (error.Code, error.Field, error.Line));
    }

    [Theory]
    [InlineData("cases: []", "title")]
    [InlineData("title: x", "cases")]
    public void Read_WithoutTitleOrCases_IsAFileError(string text, string field)
    {
        var read = CasebookReader.Read(text, "f.yaml");

        Assert.Contains(read.Errors, e => e.Code == ErrorCodes.KeyMissing && e.Field == field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("title: a\n---\ntitle: b\n")]
    [InlineData("- just\n- a list\n")]
    public void Read_NotOneMapping_IsAFileError(string text) =>
        Assert.NotEmpty(CasebookReader.Read(text, "f.yaml").Errors);

    [Fact]
    public void Read_ExpectWithBothVerdictAndError_IsAFileError() =>
        Assert.Contains(
            CasebookReader.Read(OneCase.Replace("{verdict: allowed}", "{verdict: allowed, error: syntax}", StringComparison.Ordinal), "f.yaml").Errors,
            e => e.Field == "cases[0].expect");

    [Theory]
    [InlineData("at: 2022-11-12T10:00:00", ErrorCodes.TimeNoOffset, "cases[0].at")]
    [InlineData("at: 2022-11-12", ErrorCodes.TimeInvalid, "cases[0].at")]
    [InlineData("at: yesterday", ErrorCodes.TimeInvalid, "cases[0].at")]
    [InlineData("person: {region: yuzhong, regoin: x}", ErrorCodes.KeyUnknown, "cases[0].person.regoin")]
    [InlineData("ask: {travle: {to: x}}", ErrorCodes.KeyUnknown, "cases[0].ask.travle")]
    [InlineData("ask: {}", ErrorCodes.AskNotOne, "cases[0].ask")]
    [InlineData("ask: {leave-home: {purpose: essential}, gathering: {kind: meal}}", ErrorCodes.AskNotOne, "cases[0].ask")]
    [InlineData("person: {tests: []}", ErrorCodes.KeyMissing, "cases[0].person.region")]
    [InlineData("person: {region: yuzhong, temperature: [1]}", ErrorCodes.ValueUnknown, "cases[0].person.temperature")]
    [InlineData("person: {region: yuzhong, tests: {}}", ErrorCodes.ValueUnknown, "cases[0].person.tests")]
    [InlineData("person: {region: yuzhong, isolation: {from: 2022-11-12T10:00:00+08:00, lives-alone: maybe}}", ErrorCodes.ValueUnknown, "cases[0].person.isolation.lives-alone")]
    [InlineData("options: {land-and-test-count: three}", ErrorCodes.ValueUnknown, "cases[0].options.land-and-test-count")]
    [InlineData("options: {proof-window: 48 hours}", ErrorCodes.ValueUnknown, "cases[0].options.proof-window")]
    [InlineData("options: {isolation-days: 0}", ErrorCodes.ValueOutOfRange, "cases[0].options.isolation-days")]
    public void Read_BadInputInsideACase_BelongsToTheCase(string replacement, string code, string field)
    {
        var key = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var lines = OneCase.Split('\n').ToList();
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        if (index < 0)
        {
            lines.Insert(4, "    " + replacement);
        }
        else
        {
            lines[index] = "    " + replacement;
        }

        var read = CasebookReader.Read(string.Join('\n', lines), "case.yaml");

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var c = Assert.Single(read.File!.Cases);
        Assert.Contains(c.InputErrors, e => e.Code == code && e.Field == field && e.Line > 0);
        Assert.False(CaseRunner.Run(c).Passed);
    }

    [Fact]
    public void ReadCase_AcceptsJson()
    {
        var json = """{"at": "2022-11-12T10:00:00+08:00", "person": {"region": "beibei", "tests": []}, "ask": {"gathering": {"kind": "funeral"}}}""";

        var read = CasebookReader.ReadCase(json, "request.json");

        Assert.Empty(read.AllErrors);
        Assert.Equal(new Gathering(GatheringKind.Funeral), read.Case!.Ask);
        Assert.True(CaseRunner.Decide(read.Case).Value!.IsAllowed);
    }

    [Fact]
    public void ReadCase_WithExpect_IsRejected() =>
        Assert.Contains(CasebookReader.ReadCase("at: 2022-11-12T10:00:00+08:00\nexpect: {}\n", "-").Errors, e => e.Code == ErrorCodes.KeyUnknown);

    [Fact]
    public void ReadFile_MissingFile_IsOneError()
    {
        var read = CasebookReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-casebook.yaml"));

        Assert.Equal("file.unreadable", Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void CasebookError_ToString_IsOneLine() =>
        Assert.Equal("f.yaml:3: at: bad (time.invalid)", new CasebookError("f.yaml", 3, "at", "time.invalid", "bad").ToString());
}
