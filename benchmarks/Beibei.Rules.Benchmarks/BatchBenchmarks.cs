using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using BenchmarkDotNet.Attributes;

namespace Beibei.Rules.Benchmarks;

/// <summary>The travel question for 1,000,000 synthetic people, sequentially and in parallel on all cores. The mean is
/// per decision (<c>OperationsPerInvoke</c>); decisions per second are 10⁹ / mean in ns.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int People = 1_000_000;

    private readonly Evaluator evaluator = new(Policy.Chongqing2022, new PolicyOptions());
    private (PersonFacts Person, Travel Question)[] population = [];

    [GlobalSetup]
    public void Generate() => population = SyntheticPopulation.Generate(People);

    [Benchmark(OperationsPerInvoke = People)]
    public int Sequential()
    {
        var allowed = 0;
        foreach (var (person, question) in population)
        {
            allowed += evaluator.Decide(person, question, SyntheticPopulation.At).Value!.IsAllowed ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = People)]
    public int Parallel()
    {
        var allowed = 0;
        System.Threading.Tasks.Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, population.Length, 10_000),
            range =>
            {
                var local = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var (person, question) = population[i];
                    local += evaluator.Decide(person, question, SyntheticPopulation.At).Value!.IsAllowed ? 1 : 0;
                }

                Interlocked.Add(ref allowed, local);
            });
        return allowed;
    }
}
