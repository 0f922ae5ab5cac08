using Beibei.Rules.Engine;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>Provenance: every decision names the policy it came from, with a digest over its declarations and options.</summary>
public class PolicyDigestTests
{
    public static TheoryData<string, Action<PolicyOptions>> EveryOption => new()
    {
        { "in-force-from", o => o.InForceFrom += Duration.Epsilon },
        { "in-force-until", o => o.InForceUntil -= Duration.Epsilon },
        { "proof-window", o => o.ProofWindow += Duration.FromSeconds(1) },
        { "proof-anchor", o => o.ProofAnchor = ProofAnchor.Resulted },
        { "land-and-test-days", o => o.LandAndTestDays = 4 },
        { "land-and-test-gap", o => o.LandAndTestGap += Duration.FromMinutes(1) },
        { "land-and-test-count", o => o.LandAndTestCount = 3 },
        { "day-one", o => o.DayOne = DayOne.Next },
        { "isolation-days", o => o.IsolationDays = 14 },
        { "fever-threshold", o => o.FeverThreshold = 37.31m },
        { "reports-from", o => o.ReportsFrom += Duration.Epsilon },
        { "advice", o => o.Advice = AdviceMode.Inform },
    };

    [Fact]
    public void Identity_SamePolicyAndOptions_SameDigest()
    {
        var first = new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity;
        var second = new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity;

        Assert.Equal(first, second);
        Assert.Equal("chongqing-2022-11", first.Id);
        Assert.Equal("2", first.Version);
        Assert.Matches("^[0-9a-f]{64}$", first.Digest);
    }

    [Theory]
    [MemberData(nameof(EveryOption))]
    public void Identity_AnyOptionChanged_ChangesTheDigest(string option, Action<PolicyOptions> change)
    {
        var options = new PolicyOptions();
        change(options);

        Assert.NotEqual(new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity.Digest, new Evaluator(Policy.Chongqing2022, options).Identity.Digest);
        Assert.Contains(option, PolicyOptions.Names);
    }

    [Fact]
    public void EveryOption_IsCovered() => Assert.Equal(PolicyOptions.Names.Count, EveryOption.Count);

    [Fact]
    public void Identity_EqualValuesWrittenDifferently_SameDigest() =>
        Assert.Equal(new Evaluator(Policy.Chongqing2022, new PolicyOptions { FeverThreshold = 37.3m }).Identity, new Evaluator(Policy.Chongqing2022, new PolicyOptions { FeverThreshold = 37.30m }).Identity);

    [Fact]
    public void Decide_EveryDecision_NamesTheEvaluatorsPolicy()
    {
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions());

        var allowed = evaluator.Decide(Person("jiangbei"), new Travel("yuzhong", Purpose.NonEssential), Noon12th).Value!;
        var outside = evaluator.Decide(Person("jiangbei"), new Travel("yuzhong", Purpose.NonEssential), PolicyEnd).Value!;

        Assert.Same(evaluator.Identity, allowed.Policy);
        Assert.Same(evaluator.Identity, outside.Policy);
    }

    [Fact]
    public void Timeline_EverySegment_NamesThePolicy()
    {
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions());

        var timeline = evaluator.Timeline(Person("jiangbei"), new LeaveHome(Purpose.Essential), PolicyEnd - Duration.FromDays(1), PolicyEnd + Duration.FromDays(1)).Value!;

        Assert.Equal(2, timeline.Segments.Count);
        Assert.All(timeline.Segments, s => Assert.Same(evaluator.Identity, s.Policy));
    }
}
