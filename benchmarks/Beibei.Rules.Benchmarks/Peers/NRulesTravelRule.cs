using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Beibei.Rules.Benchmarks.Peers;

/// <summary>The same conditions as NRules rules: the session factory is compiled once; each decision gets a session,
/// and the verdict is read from a fact the rules write to, not by compiling a query.</summary>
public sealed class NRulesTravelRule
{
    private readonly ISessionFactory factory;

    public NRulesTravelRule()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NotLeavingCentralCityRule), typeof(EssentialTripOutRule)));
        factory = repository.Compile();
    }

    public bool Decide(TravelRequest request)
    {
        var verdict = new PeerVerdict();
        var session = factory.CreateSession();
        session.Insert(verdict);
        session.Insert(request);
        session.InsertAll(request.Reports);
        session.InsertAll(request.Tests);
        session.Fire();
        return verdict.Allowed;
    }
}

/// <summary>The verdict the rules write to.</summary>
public sealed class PeerVerdict
{
    public bool Allowed { get; set; }
}

/// <summary>A trip that does not leave the central city is not restricted here. (NRules loads rule classes only
/// when they are public top-level types.)</summary>
public sealed class NotLeavingCentralCityRule : Rule
{
    public override void Define()
    {
        PeerVerdict verdict = null!;
        TravelRequest request = null!;
        When()
            .Match(() => verdict)
            .Match(() => request, r => !CentralCity.Contains(r.Region) || CentralCity.Contains(r.To));
        Then()
            .Do(_ => Allow(verdict));
    }

    private static void Allow(PeerVerdict verdict) => verdict.Allowed = true;
}

/// <summary>An essential trip out of the central city with a report to the destination and a 48-hour proof.</summary>
public sealed class EssentialTripOutRule : Rule
{
    public override void Define()
    {
        PeerVerdict verdict = null!;
        TravelRequest request = null!;
        When()
            .Match(() => verdict)
            .Match(() => request, r => CentralCity.Contains(r.Region) && !CentralCity.Contains(r.To), r => r.Purpose != "non-essential")
            .Exists<PeerReport>(p => p.To == request.To && p.At <= request.At)
            .Exists<PeerTest>(t => t.Negative && t.Resulted <= request.At && t.Sampled <= request.At && request.At - t.Sampled <= HandWrittenTravelRule.ProofWindowSeconds);
        Then()
            .Do(_ => Allow(verdict));
    }

    private static void Allow(PeerVerdict verdict) => verdict.Allowed = true;
}
