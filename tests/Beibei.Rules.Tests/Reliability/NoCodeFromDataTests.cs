using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Tests.Reliability;

/// <summary>Casebook files and requests are data only: nothing in them is compiled or executed. (The peer engines of the
/// benchmarks evaluate expression strings; this library never does.)</summary>
public sealed class NoCodeFromDataTests : IDisposable
{
    private readonly string sentinel = Path.Combine(Path.GetTempPath(), $"beibei-sentinel-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(sentinel);

    private string[] Expressions =>
    [
        $"System.IO.File.WriteAllText(\"{sentinel}\", \"x\")",
        "input.Region == \"beibei\" || true",
        "@(1+1)",
        "${{ 1 + 1 }}",
        "{{ 7*7 }}",
        "#{7*7}",
        "`touch " + sentinel + "`",
        "$(touch " + sentinel + ")",
        "new System.Diagnostics.Process()",
        "DateTime.Now",
        "r => r.To == \"fuling\"",
        "!!python/object/apply:os.system ['touch " + sentinel + "']",
    ];

    [Theory]
    [InlineData("person.region", "region.unknown")]
    [InlineData("ask.travel.to", "region.unknown")]
    [InlineData("ask.travel.purpose", "value.unknown")]
    [InlineData("at", "time.invalid")]
    [InlineData("person.tests[0].result", "value.unknown")]
    [InlineData("person.health-code", "value.unknown")]
    [InlineData("person.temperature", "value.unknown")]
    [InlineData("options.proof-window", "value.unknown")]
    [InlineData("options.proof-anchor", "value.unknown")]
    public void ExpressionLikeStrings_AreOnlyBadValues(string field, string code)
    {
        foreach (var expression in Expressions)
        {
            var value = "'" + expression.Replace("'", "''", StringComparison.Ordinal) + "'";
            var fields = new Dictionary<string, string>
            {
                ["at"] = "2022-11-12T10:00:00+08:00",
                ["person.region"] = "jiangbei",
                ["person.tests[0].result"] = "negative",
                ["person.health-code"] = "green",
                ["person.temperature"] = "36.5",
                ["ask.travel.to"] = "fuling",
                ["ask.travel.purpose"] = "essential",
                ["options.proof-window"] = "48h",
                ["options.proof-anchor"] = "sampled",
            };
            fields[field] = value;
            var text = $$$"""
                at: {{{fields["at"]}}}
                options: {proof-window: {{{fields["options.proof-window"]}}}, proof-anchor: {{{fields["options.proof-anchor"]}}}}
                person:
                  region: {{{fields["person.region"]}}}
                  health-code: {{{fields["person.health-code"]}}}
                  temperature: {{{fields["person.temperature"]}}}
                  tests: [{sampled: 2022-11-11T10:00:00+08:00, resulted: 2022-11-11T16:00:00+08:00, result: {{{fields["person.tests[0].result"]}}}}]
                ask: {travel: {to: {{{fields["ask.travel.to"]}}}, purpose: {{{fields["ask.travel.purpose"]}}}}}
                """;

            var read = CasebookReader.ReadCase(text, "request");
            var errors = read.AllErrors.Select(e => e.Code)
                .Concat(read.Case is { InputErrors.Count: 0 } c ? CaseRunner.Decide(c).Errors.Select(e => e.Code) : [])
                .ToArray();

            Assert.Contains(code, errors);
            Assert.False(File.Exists(sentinel), $"'{expression}' in {field} ran");
        }
    }

    [Fact]
    public void ExpressionLikeNamesTitlesAndNotes_AreJustText()
    {
        foreach (var expression in Expressions)
        {
            var quoted = "'" + expression.Replace("'", "''", StringComparison.Ordinal) + "'";
            var text = $"title: {quoted}\nnotes: {quoted}\ncases:\n  - name: {quoted}\n    at: 2022-11-12T10:00:00+08:00\n    person: {{region: yuzhong}}\n    ask: {{leave-home: {{purpose: essential}}}}\n    expect: {{verdict: allowed}}\n";

            var read = CasebookReader.Read(text, "expressions.yaml");

            Assert.True(read.IsValid, string.Join("; ", read.Errors));
            Assert.Equal(expression, read.File!.Title);
            Assert.Equal(expression, read.File.Cases[0].Name);
            Assert.True(CaseRunner.Run(read.File.Cases[0]).Passed);
            Assert.Contains(expression.Replace("|", "\\|", StringComparison.Ordinal), CasebookRenderer.Render([read.File]), StringComparison.Ordinal);
            Assert.False(File.Exists(sentinel));
        }
    }

    [Fact]
    public void ExpressionInExpect_IsAnUnknownIdOfTheFile()
    {
        var text = "title: x\ncases:\n  - name: n\n    at: 2022-11-12T10:00:00+08:00\n    person: {region: yuzhong}\n    ask: {leave-home: {purpose: essential}}\n    expect: {verdict: allowed, reasons: ['input.Reasons.Any()']}\n";

        var read = CasebookReader.Read(text, "expect.yaml");

        Assert.Contains(read.Errors, e => e.Code == ErrorCodes.ValueUnknown && e.Field == "cases[0].expect.reasons");
    }
}
