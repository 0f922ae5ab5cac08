using System.Collections.Concurrent;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.AspNetCore;

/// <summary>Decides with the host's <see cref="IRulesService"/>, or, for a request that sets options of its own, with an
/// evaluator of those options (kept for the next request with the same ones; evaluators are immutable and thread-safe).</summary>
internal sealed class Deciders(IRulesService service)
{
    private const int MostKept = 64;
    private readonly ConcurrentDictionary<PolicyOptions, Evaluator> kept = new();

    public PolicyOptions Options => service.Options;

    public Result<Decision> Decide(PolicyOptions options, PersonFacts? person, Question? question, Instant at) =>
        options == service.Options ? service.Decide(person, question, at) : For(options).Decide(person, question, at);

    public Result<Timeline> Timeline(PolicyOptions options, PersonFacts? person, Question? question, Instant from, Instant until) =>
        options == service.Options ? service.Timeline(person, question, from, until) : For(options).Timeline(person, question, from, until);

    private Evaluator For(PolicyOptions options)
    {
        if (kept.TryGetValue(options, out var evaluator))
        {
            return evaluator;
        }

        evaluator = new Evaluator(service.Policy, options);
        return kept.Count < MostKept ? kept.GetOrAdd(options.Snapshot(), evaluator) : evaluator;
    }
}
