using Beibei.Rules.Benchmarks.Peers;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using BenchmarkDotNet.Attributes;

namespace Beibei.Rules.Benchmarks;

/// <summary>One decision, four ways, same inputs, same instant passed in explicitly.</summary>
[MemoryDiagnoser]
public class PeerComparisonBenchmarks
{
    private readonly PeerScenario scenario = PeerScenario.Benchmark;
    private readonly Evaluator evaluator = new(Policy.Chongqing2022, new PolicyOptions());
    private readonly RulesEngineTravelRule rulesEngine = new();
    private readonly NRulesTravelRule nrules = new();

    [Benchmark(Baseline = true)]
    public (bool, long?) HandWritten() => HandWrittenTravelRule.Decide(scenario.Request);

    [Benchmark]
    public Result<Decision> BeibeiRules() => evaluator.Decide(scenario.Person, scenario.Question, scenario.At);

    [Benchmark]
    public Verdict BeibeiRulesVerdictOnly()
    {
        evaluator.TryDecideVerdict(scenario.Person, scenario.Question, scenario.At, out var verdict);
        return verdict;
    }

    [Benchmark]
    public bool MicrosoftRulesEngine() => rulesEngine.Decide(scenario.Request);

    [Benchmark]
    public bool NRules() => nrules.Decide(scenario.Request);
}
