using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Tests.Reliability;
using CsCheck;
using NodaTime;

namespace Beibei.Rules.Tests.Model;

/// <summary>Every parameter is declared once, and what reads, writes and checks options goes through the declarations.</summary>
public class PolicyParameterTests
{
    [Fact]
    public void Parameters_DeclareEveryOptionOnce()
    {
        var settable = typeof(PolicyOptions).GetProperties().Count(p => p.CanWrite);

        Assert.Equal(settable, PolicyOptions.Parameters.Count);
        Assert.Equal(PolicyOptions.Names, PolicyOptions.Parameters.Select(p => p.Name));
        Assert.Equal(PolicyOptions.Names.Count, PolicyOptions.Names.Distinct().Count());
    }

    [Fact]
    public void Format_ReadBackByTheCasebook_GivesTheSameOptions() =>
        Generators.Options.Sample(options =>
        {
            var written = string.Join(", ", PolicyOptions.Parameters.Select(p => $"{p.Name}: \"{p.Format(options)}\""));
            var read = CasebookReader.ReadCase($"at: 2022-11-12T10:00:00+08:00\noptions: {{{written}}}\nperson: {{region: yuzhong}}\nask: {{leave-home: {{purpose: essential}}}}", "options.yaml");

            Assert.Empty(read.AllErrors);
            Assert.Equal(options, read.Case!.Options);
        }, iter: 300);

    [Theory]
    [InlineData("proof-window", "48h")]
    [InlineData("land-and-test-gap", "24h")]
    [InlineData("in-force-from", "2022-11-10T00:00:00+08:00")]
    [InlineData("proof-anchor", "sampled")]
    [InlineData("fever-threshold", "37.3")]
    [InlineData("isolation-days", "7")]
    [InlineData("advice", "deny")]
    public void Format_Defaults_AreWrittenAsTheCatalogueWritesThem(string name, string text) =>
        Assert.Equal(text, PolicyOptions.FindParameter(name)!.Format(new PolicyOptions()));

    [Fact]
    public void Format_DurationsThatAreNotWholeSeconds_AreIso8601()
    {
        var options = new PolicyOptions { ProofWindow = Duration.FromHours(48) + Duration.Epsilon };

        Assert.StartsWith("P", PolicyOptions.FindParameter("proof-window")!.Format(options), StringComparison.Ordinal);
    }

    [Fact]
    public void TrySet_AValueOfAnotherKindOrAnUnknownWord_ChangesNothing()
    {
        var options = new PolicyOptions();

        Assert.False(PolicyOptions.FindParameter("proof-window")!.TrySet(options, 48));
        Assert.False(PolicyOptions.FindParameter("advice")!.TrySet(options, "ignore"));
        Assert.True(PolicyOptions.FindParameter("advice")!.TrySet(options, "inform"));
        Assert.Equal(new PolicyOptions { Advice = AdviceMode.Inform }, options);
    }

    [Fact]
    public void Validator_ReportsEachParametersOwnError()
    {
        var errors = new Beibei.Rules.Engine.Evaluator(Policy.Chongqing2022, new PolicyOptions { LandAndTestCount = 4, FeverThreshold = 50m, Advice = (AdviceMode)9 })
            .Decide(null, null, default).Errors;

        Assert.Contains(errors, e => e is { Code: ErrorCodes.ValueUnknown, Field: "options.land-and-test-count" });
        Assert.Contains(errors, e => e is { Code: ErrorCodes.ValueOutOfRange, Field: "options.fever-threshold" });
        Assert.Contains(errors, e => e is { Code: ErrorCodes.ValueUnknown, Field: "options.advice" });
    }
}
