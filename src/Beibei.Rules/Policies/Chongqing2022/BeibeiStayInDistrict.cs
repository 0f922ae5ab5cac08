using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.stay-in-district</c>: do not leave Beibei unless necessary.</summary>
/// <remarks>For a person in Beibei, a <c>travel</c> to any other region (central or not) is denied when non-essential,
/// and when essential needs a report to the destination and a 48-hour proof, exactly as
/// <c>cq.central-city.leave-conditions</c> (including <c>reports-from</c> and the green channel of a medical trip under
/// home isolation). This makes Beibei stricter than the city for trips to the other ten central areas. Force: the ban is
/// advised (倡议, 非必要不离区), the conditions required (按要求): under <c>advice: inform</c> a non-essential trip is not
/// denied by the ban, which is listed as advice, but is still held to the conditions.</remarks>
public sealed class BeibeiStayInDistrict : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.stay-in-district";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 一",
        "非必要不离区…如确需离开,请按要求提前向目的地村(社区)、单位报备,并持48小时内核酸检测阴性证明前往",
        new LocalizedText(
            "The district asks residents not to leave Beibei unless necessary; whoever must leave reports in advance to the destination and carries a negative test result from within 48 hours, as required.",
            "倡议非必要不离区；确需离开的，按要求提前向目的地村（社区）、单位报备，并持48小时内核酸检测阴性证明前往。"));

    internal BeibeiStayInDistrict()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["proof-window", "proof-anchor", "reports-from", "advice"];

    /// <inheritdoc/>
    /// <remarks><c>essential-purpose</c> (listed when the ban denies a non-essential trip; fact: the purpose),
    /// <c>report-to-destination</c> and <c>negative-proof</c>, as <c>cq.central-city.leave-conditions</c>.</remarks>
    public override IReadOnlyList<string> ConditionIds =>
        [CommonConditions.EssentialPurpose, CommonConditions.ReportToDestination, CommonConditions.NegativeProof];

    /// <inheritdoc/>
    /// <remarks>Its condition that the clause exists to deny on is listed only unmet: once it is met, the clause is no reason.</remarks>
    public override ConditionOutcomes ListedOutcomes(string conditionId) =>
        conditionId == CommonConditions.EssentialPurpose ? ConditionOutcomes.Unmet : ConditionOutcomes.Either;

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.EssentialPurpose, RemedyKind.Report, RemedyKind.Test, RemedyKind.AwaitResult];

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.Travel | Situation.HomeGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states that the person lives in Beibei and what is asked: the engine calls it nowhere else.
        var trip = (Travel)context.Question;
        if (!context.IsTripAway)
        {
            return;
        }

        if (LeaveConditions.HeldToConditions(context, trip))
        {
            if (!LeaveConditions.IsEssential(trip.Purpose))
            {
                outcome.AdvisesAgainst();
            }

            LeaveConditions.ForTrip(context, trip, outcome);
        }
        else
        {
            LeaveConditions.ForNonEssentialTrip(context, outcome);
        }
    }
}
