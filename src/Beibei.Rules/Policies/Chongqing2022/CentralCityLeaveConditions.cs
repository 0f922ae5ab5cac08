using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.central-city.leave-conditions</c>: report ahead to the destination and carry a 48-hour proof.</summary>
/// <remarks>An essential <c>travel</c> from a central area to a non-central area or outside Chongqing is allowed only if
/// (a) the person reported to that destination at or before <c>at</c> and on or after <c>reports-from</c>, and (b)
/// <c>cq.test-proof</c> holds at <c>at</c>. Each missing condition is a remedy (a pending test that could still prove is
/// <c>remedy.await-result</c>); the proof's expiry is a change point. Under <c>advice: inform</c> a non-essential trip out
/// is held to the same conditions. A medical trip under home isolation goes through the green channel of
/// <c>cq.home-isolation</c> instead. Force: required (按要求).</remarks>
public sealed class CentralCityLeaveConditions : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.central-city.leave-conditions";

    private static readonly Citation Cited = new(
        [Sources.Cq136],
        "CQ-136 第三部分第2段",
        "确需离开中心城区范围的,按要求提前向目的地社区、单位报备,并持48小时内核酸检测阴性证明前往",
        new LocalizedText(
            "Whoever must leave the central city reports in advance to the destination's community or unit and carries a negative test result from within 48 hours.",
            "确需离开中心城区的，须提前向目的地社区、单位报备，并持48小时内核酸检测阴性证明前往。"));

    internal CentralCityLeaveConditions()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["proof-window", "proof-anchor", "reports-from", "advice"];

    /// <inheritdoc/>
    /// <remarks><c>report-to-destination</c> (fact: the report found, or none to the destination known at the instant) and
    /// <c>negative-proof</c> (fact: the test used, or the newest that failed and why).</remarks>
    public override IReadOnlyList<string> ConditionIds => [CommonConditions.ReportToDestination, CommonConditions.NegativeProof];

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Report, RemedyKind.Test, RemedyKind.AwaitResult];

    /// <inheritdoc/>
    /// <remarks>Any purpose: under <c>advice: inform</c> a non-essential trip is held to the conditions too.</remarks>
    public override Reach Reach => Reach.When(Situation.Travel | Situation.HomeCentral | Situation.ToOther, Situation.Travel | Situation.HomeCentral | Situation.ToOutside);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.Question is Travel trip && LeaveConditions.HeldToConditions(context, trip) && CentralCityStay.LeavesCentralCity(context))
        {
            LeaveConditions.ForTrip(context, trip, outcome);
        }
    }
}
