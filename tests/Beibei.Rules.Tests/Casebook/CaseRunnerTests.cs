using Beibei.Rules.Casebook;

namespace Beibei.Rules.Tests.Casebook;

public class CaseRunnerTests
{
    private static CaseResult RunOne(string expect, string person = "{region: yuzhong}", string ask = "{travel: {to: hechuan, purpose: non-essential}}")
    {
        var text = $"""
            title: t
            cases:
              - name: c
                at: 2022-11-12T10:00:00+08:00
                person: {person}
                ask: {ask}
                expect: {expect}
            """;
        var read = CasebookReader.Read(text, "t.yaml");
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return CaseRunner.Run(read.File!.Cases[0]);
    }

    [Fact]
    public void Run_WrongVerdict_NamesLineExpectedAndActual()
    {
        var failure = Assert.Single(RunOne("{verdict: allowed}").Failures);

        Assert.Equal(7, failure.Line);
        Assert.Equal("expect.verdict", failure.Field);
        Assert.Equal("allowed", failure.Expected);
        Assert.StartsWith("denied", failure.Actual, StringComparison.Ordinal);
        Assert.Contains("cq.central-city.stay", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{verdict: denied, reasons: [cq.central-city.stay]}", true)]
    [InlineData("{verdict: denied, reasons: [cq.central-city.inbound]}", false)]
    [InlineData("{verdict: denied, not-reasons: [cq.central-city.stay]}", false)]
    [InlineData("{verdict: denied, obligations: [cq.daily-test/today]}", true)]
    [InlineData("{verdict: denied, obligations: [cq.land-and-test/stay-home]}", false)]
    [InlineData("{verdict: denied, no-obligations: [cq.daily-test/today]}", false)]
    [InlineData("{verdict: denied, obligations: {cq.daily-test/today: {due: 2022-11-13T00:00:00+08:00, status: due}}}", true)]
    [InlineData("{verdict: denied, obligations: {cq.daily-test/today: {due: 2022-11-12T16:00:00Z}}}", true)]
    [InlineData("{verdict: denied, obligations: {cq.daily-test/today: {due: 2022-11-13T00:00:01+08:00}}}", false)]
    [InlineData("{verdict: denied, obligations: {cq.daily-test/today: {status: overdue}}}", false)]
    [InlineData("{verdict: denied, obligations: {cq.daily-test/today: {opens: 2022-11-12T00:00:00+08:00}}}", false)]
    [InlineData("{verdict: denied, valid-until: 2022-12-07T00:00:00+08:00}", true)]
    [InlineData("{verdict: denied, valid-until: none}", false)]
    [InlineData("{verdict: denied, remedies: [remedy.report, remedy.test]}", true)]
    [InlineData("{verdict: denied, remedies: [remedy.wait]}", false)]
    [InlineData("{error: region.unknown}", false)]
    public void Run_EachExpectation_IsChecked(string expect, bool passes) =>
        Assert.Equal(passes, RunOne(expect).Passed);

    [Fact]
    public void Run_ExpectedErrorThatDidNotHappen_Fails() =>
        Assert.Contains("no error", RunOne("{error: region.unknown}").Failures[0].Actual, StringComparison.Ordinal);

    [Fact]
    public void Run_BadInputWithoutExpectedError_FailsNamingTheCode()
    {
        var result = RunOne("{verdict: allowed}", person: "{region: atlantis}");

        Assert.Contains("region.unknown", Assert.Single(result.Failures).Actual, StringComparison.Ordinal);
        Assert.Null(result.Decision);
    }

    [Fact]
    public void Run_BadInputWithAnotherExpectedCode_Fails() =>
        Assert.False(RunOne("{error: time.invalid}", person: "{region: atlantis}").Passed);
}
