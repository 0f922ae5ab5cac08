using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.central-city.stay</c>: do not leave the central city unless necessary.</summary>
/// <remarks>A non-essential <c>travel</c> from a central area to a non-central area or outside Chongqing is denied; its
/// remedies are an essential purpose and whatever an essential trip would still miss (report, proof). Force: advised
/// (倡导). Under <c>advice: inform</c> it does not deny: the decision lists it under its advice, and the trip is held to
/// the conditions of <c>cq.central-city.leave-conditions</c> instead.</remarks>
public sealed class CentralCityStay : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.central-city.stay";

    private static readonly Citation Cited = new(
        [Sources.Cq136],
        "CQ-136 第三部分第2、4段",
        "倡导中心城区各区人员非必要不离开中心城区范围",
        new LocalizedText(
            "The city advises people of the central city not to leave it unless necessary (nor to go to the other 30 districts and counties).",
            "倡导中心城区各区人员非必要不离开中心城区范围，请非必要不前往其他30个区县。"));

    internal CentralCityStay()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    /// <remarks><c>essential-purpose</c> (unmet: the trip is non-essential; fact: the purpose), and the
    /// <c>report-to-destination</c> and <c>negative-proof</c> an essential trip would still need.</remarks>
    public override IReadOnlyList<string> ConditionIds =>
        [CommonConditions.EssentialPurpose, CommonConditions.ReportToDestination, CommonConditions.NegativeProof];

    /// <inheritdoc/>
    /// <remarks>Its condition that the clause exists to deny on is listed only unmet: once it is met, the clause is no reason.</remarks>
    public override ConditionOutcomes ListedOutcomes(string conditionId) =>
        conditionId == CommonConditions.EssentialPurpose ? ConditionOutcomes.Unmet : ConditionOutcomes.Either;

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.EssentialPurpose, RemedyKind.Report, RemedyKind.Test, RemedyKind.AwaitResult];

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.Travel | Situation.NonEssential | Situation.HomeCentral | Situation.ToOther, Situation.Travel | Situation.NonEssential | Situation.HomeCentral | Situation.ToOutside);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.Question is not Travel { Purpose: Purpose.NonEssential } || !LeavesCentralCity(context))
        {
            return;
        }

        if (LeaveConditions.AdviceDenies(context))
        {
            LeaveConditions.ForNonEssentialTrip(context, outcome);
        }
        else
        {
            outcome.AdvisesAgainst();
        }
    }

    /// <summary>A trip from a central area to a non-central area or outside Chongqing.</summary>
    internal static bool LeavesCentralCity(ClauseContext context) =>
        context.Destination is { IsCentral: false } && context.Region.IsCentral;
}
