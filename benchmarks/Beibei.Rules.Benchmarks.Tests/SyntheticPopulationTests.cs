using Beibei.Rules.Engine;

namespace Beibei.Rules.Benchmarks.Tests;

public class SyntheticPopulationTests
{
    [Fact]
    public void Generate_IsDeterministicValidAndMixed()
    {
        var first = SyntheticPopulation.Generate(20_000);
        var again = SyntheticPopulation.Generate(20_000);
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions());

        var decisions = first.Select(p => evaluator.Decide(p.Person, p.Question, SyntheticPopulation.At)).ToArray();

        Assert.Equal(first.Select(p => p.Question), again.Select(p => p.Question));
        Assert.All(decisions, d => Assert.True(d.IsValid, string.Join("; ", d.Errors)));
        var allowed = decisions.Count(d => d.Value!.IsAllowed);
        Assert.InRange(allowed, 2_000, 18_000);
        Assert.Contains(first, p => p.Person.Arrival is not null);
        Assert.Contains(first, p => p.Person.Isolation is not null);
        Assert.Contains(first, p => p.Person.ControlArea is not null);
    }

    [Fact]
    public void BatchBenchmarks_SequentialAndParallel_AllowTheSamePeople()
    {
        var batch = new BatchBenchmarks();
        batch.Generate();

        Assert.Equal(batch.Sequential(), batch.Parallel());
    }
}
