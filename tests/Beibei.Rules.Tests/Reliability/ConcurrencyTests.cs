using Beibei.Rules.Decisions;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Beibei.Rules.Tests.Reliability;

[Trait("Category", "Slow")]
public class ConcurrencyTests
{
    private const int Threads = 8;
    private const int CasesPerThread = 100_000;

    [Fact]
    public void OneService_SharedByEightThreads_GivesExactlyTheSequentialResults()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Samples.Noon12th))
            .AddBeibeiRules()
            .BuildServiceProvider();
        var rules = provider.GetRequiredService<IRulesService>();

        // A fixed pool of generated cases (facts, question, instant), each thread deciding its own random order of them.
        var pool = Gen.Select(Generators.Person, Generators.Question, Generators.Instant).Array[2_000].Generate(new PCG(20221110), null, out _);
        var sequential = pool.Select(c => Signature(rules.Decide(c.Item1, c.Item2, c.Item3))).ToArray();

        var mismatches = 0;
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var random = new Random(t);
            for (var i = 0; i < CasesPerThread; i++)
            {
                var index = random.Next(pool.Length);
                var (person, ask, at) = pool[index];
                if (Signature(rules.Decide(person, ask, at)) != sequential[index])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(0, mismatches);
    }

    /// <summary>Everything a decision says, as one string (or its errors).</summary>
    private static string Signature(Result<Decision> result)
    {
        if (!result.IsValid)
        {
            return string.Join(";", result.Errors);
        }

        var d = result.Value;
        return string.Join(
            "|",
            d.Verdict,
            string.Join(",", d.Reasons.Select(r => r.ClauseId + r.Proof?.Expires)),
            string.Join(",", d.Obligations.Select(o => $"{o.Id}{o.Opens}{o.Due}{o.Status}")),
            d.ValidUntil,
            d.ValidUntilIncluded,
            string.Join(",", d.Remedies.Select(r => $"{r.Kind}{r.Earliest}")));
    }
}
