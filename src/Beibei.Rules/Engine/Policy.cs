using Beibei.Rules.Decisions;
using Beibei.Rules.Policies.Chongqing2022;

namespace Beibei.Rules.Engine;

/// <summary>A policy: its clauses in order of precedence and the parts of its sources that cannot be evaluated.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Policy
{
    private Policy(string id, string version, Citation period, IReadOnlyList<Clause> clauses, IReadOnlyList<NotEvaluableClause> notEvaluable)
    {
        Id = id;
        Version = version;
        Clauses = clauses;
        NotEvaluable = notEvaluable;
        NoneInForceReason = new Reason(Evaluator.NoneInForce, period);
    }

    /// <summary>The Chongqing (CQ-136) and Beibei (BB-LETTER) rules of November 2022.</summary>
    public static Policy Chongqing2022 { get; } = new(
        "chongqing-2022-11",
        "2",
        new Citation(
            [Sources.Cq136, Sources.BbLetter],
            "CQ-136 导语; BB-LETTER",
            "11月9日,市政府新闻办举行第136场新冠肺炎疫情防控工作新闻发布会",
            new LocalizedText(
                "The policy is not in force at this instant, so none of its clauses applies.",
                "此时政策不在有效期内，其条款均不适用。")),
        [
            new Infected(),
            new TestProof(),
            new CentralCityZone(),
            new CentralCityStay(),
            new CentralCityInbound(),
            new CentralCityLeaveConditions(),
            new LandAndTest(),
            new PublicPlaces(),
            new DailyTest(),
            new HomeIsolation(),
            new ControlAreas(),
            new BeibeiStayInDistrict(),
            new BeibeiNoGathering(),
            new BeibeiArrivalReport(),
            new BeibeiHealthCode(),
            new BeibeiSymptoms(),
            new BeibeiMask(),
        ],
        NotEvaluableClauses.All);

    /// <summary>An id for the policy.</summary>
    public string Id { get; }

    /// <summary>The policy's version: for Chongqing 2022, the revision of the catalogue it encodes (<c>2</c>).</summary>
    public string Version { get; }

    /// <summary>The clauses, in order of precedence (the order reasons are listed in).</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>The parts of the sources that state no condition on a person at an instant, with why.</summary>
    public IReadOnlyList<NotEvaluableClause> NotEvaluable { get; }

    /// <summary>The single reason of a decision outside the in-force period (<c>policy.none-in-force</c>).</summary>
    public Reason NoneInForceReason { get; }

    /// <summary>The clause with this id, or <see langword="null"/>.</summary>
    /// <param name="id">A clause id.</param>
    /// <returns>The clause.</returns>
    public Clause? FindClause(string id) => Clauses.FirstOrDefault(c => c.Id == id);

    /// <summary>Every obligation id the policy's clauses can impose.</summary>
    /// <returns>The ids, in clause order.</returns>
    public IEnumerable<string> ObligationIds() => Clauses.SelectMany(c => c.ObligationIds);
}
