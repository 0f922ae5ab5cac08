using Beibei.Rules.Benchmarks.Peers;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Benchmarks.Tests;

/// <summary>The five ways of the peer comparison must compute the same verdict, or the comparison means nothing.</summary>
public class PeerAgreementTests
{
    private static readonly Evaluator Evaluator = new(Policy.Chongqing2022, new PolicyOptions());
    private static readonly RulesEngineTravelRule RulesEngine = new();
    private static readonly NRulesTravelRule NRules = new();

    public static TheoryData<string> Scenarios => [.. PeerScenario.AgreementSet.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void AllFiveWays_ComputeTheSameVerdict(string name)
    {
        var scenario = PeerScenario.AgreementSet.Single(s => s.Name == name);
        var expected = name.StartsWith("allowed", StringComparison.Ordinal);

        var decision = Evaluator.Decide(scenario.Person, scenario.Question, scenario.At);
        Assert.True(Evaluator.TryDecideVerdict(scenario.Person, scenario.Question, scenario.At, out var verdictOnly));
        var handWritten = HandWrittenTravelRule.Decide(scenario.Request);

        Assert.Equal(expected, decision.Value!.Verdict == Verdict.Allowed);
        Assert.Equal(expected, verdictOnly == Verdict.Allowed);
        Assert.Equal(expected, handWritten.Allowed);
        Assert.True(expected == RulesEngine.Decide(scenario.Request), RulesEngine.Explain(scenario.Request));
        Assert.Equal(expected, NRules.Decide(scenario.Request));
    }

    [Fact]
    public void HandWritten_ProofExpiry_IsTheLibrarysValidUntil()
    {
        var scenario = PeerScenario.Benchmark;

        var decision = Evaluator.Decide(scenario.Person, scenario.Question, scenario.At).Value!;
        var (allowed, expires) = HandWrittenTravelRule.Decide(scenario.Request);

        Assert.True(allowed);
        Assert.Equal(decision.ValidUntil?.ToUnixTimeSeconds(), expires);
    }
}
