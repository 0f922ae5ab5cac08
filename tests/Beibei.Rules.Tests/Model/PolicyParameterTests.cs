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

    /// <summary>Each checked option on its boundary, one at a time: just outside it is refused with the option's field, code
    /// and message; on it and just inside it is accepted.</summary>
    public static TheoryData<string, PolicyOptions, string?> Boundaries() => new()
    {
        { "fever-threshold", new PolicyOptions { FeverThreshold = 29.99m }, "fever-threshold must be between 30 and 45 °C." },
        { "fever-threshold", new PolicyOptions { FeverThreshold = 30m }, null },
        { "fever-threshold", new PolicyOptions { FeverThreshold = 30.01m }, null },
        { "fever-threshold", new PolicyOptions { FeverThreshold = 44.99m }, null },
        { "fever-threshold", new PolicyOptions { FeverThreshold = 45m }, null },
        { "fever-threshold", new PolicyOptions { FeverThreshold = 45.01m }, "fever-threshold must be between 30 and 45 °C." },
        { "proof-window", new PolicyOptions { ProofWindow = Duration.Zero }, "proof-window must be a positive duration." },
        { "proof-window", new PolicyOptions { ProofWindow = Duration.Epsilon }, null },
        { "land-and-test-gap", new PolicyOptions { LandAndTestGap = Duration.Zero }, "land-and-test-gap must be a positive duration." },
        { "land-and-test-gap", new PolicyOptions { LandAndTestGap = Duration.Epsilon }, null },
        { "land-and-test-days", new PolicyOptions { LandAndTestDays = 0 }, "land-and-test-days must be at least 1." },
        { "land-and-test-days", new PolicyOptions { LandAndTestDays = 1 }, null },
        { "isolation-days", new PolicyOptions { IsolationDays = 0 }, "isolation-days must be at least 1." },
        { "isolation-days", new PolicyOptions { IsolationDays = 1 }, null },
        { "land-and-test-count", new PolicyOptions { LandAndTestCount = 1 }, "land-and-test-count must be 2 (3天2检) or 3 (三天三检)." },
        { "land-and-test-count", new PolicyOptions { LandAndTestCount = 2 }, null },
        { "land-and-test-count", new PolicyOptions { LandAndTestCount = 3 }, null },
        { "land-and-test-count", new PolicyOptions { LandAndTestCount = 4 }, "land-and-test-count must be 2 (3天2检) or 3 (三天三检)." },
        { "in-force-until", new PolicyOptions { InForceUntil = new PolicyOptions().InForceFrom }, "in-force-until must be after in-force-from." },
        { "in-force-until", new PolicyOptions { InForceUntil = new PolicyOptions().InForceFrom + Duration.Epsilon }, null },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Options_OnEachBoundary_RefusedOnlyOutside_WithTheirMessage(string name, PolicyOptions options, string? message)
    {
        var errors = new Evaluator(Policy.Chongqing2022, options).Decide(Samples.Person("yuzhong"), new Questions.LeaveHome(Questions.Purpose.Essential), Samples.Noon12th).Errors;
        var own = errors.Where(e => e.Field == "options." + name).ToList();

        if (message is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(own);
            Assert.Equal(message, error.Message);
            Assert.Equal(name == "land-and-test-count" ? ErrorCodes.ValueUnknown : ErrorCodes.ValueOutOfRange, error.Code);
        }
    }

    [Fact]
    public void FindParameter_AnUnknownName_IsNull_AndGetSet_RefuseNull()
    {
        Assert.Null(PolicyOptions.FindParameter("no-such-parameter"));
        Assert.Same(PolicyOptions.Parameters[2], PolicyOptions.FindParameter("proof-window"));
        var window = (PolicyParameter<Duration>)PolicyOptions.FindParameter("proof-window")!;
        Assert.Equal("parameter", Assert.Throws<ArgumentNullException>(() => new PolicyOptions().Get<Duration>(null!)).ParamName);
        Assert.Equal("parameter", Assert.Throws<ArgumentNullException>(() => new PolicyOptions().Set(null!, Duration.Zero)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => window.ValueIn(null!)).ParamName);
        var anchor = (PolicyParameter<ProofAnchor>)PolicyOptions.FindParameter("proof-anchor")!;
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => anchor.ValueIn(null!)).ParamName);
    }
}
