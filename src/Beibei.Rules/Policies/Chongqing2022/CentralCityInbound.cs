using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.central-city.inbound</c>: people of the other districts and counties should not come into the central
/// city unless necessary.</summary>
/// <remarks>A non-essential <c>travel</c> from one of the 30 non-central areas to a central area is denied. For an
/// essential trip the seed names no further condition, so the clause is silent (not a reason). People from outside
/// Chongqing are not "区县人员": the clause does not apply to them. Force: advised (the same 倡导 sentence); under
/// <c>advice: inform</c> it does not deny and is listed as advice.</remarks>
public sealed class CentralCityInbound : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.central-city.inbound";

    private static readonly Citation Cited = new(
        [Sources.Cq136],
        "CQ-136 第三部分第2段",
        "中心城区以外区县人员非必要暂不前往中心城区",
        new LocalizedText(
            "The city advises people of the districts and counties outside the central city not to come into it for now unless necessary.",
            "中心城区以外区县人员非必要暂不前往中心城区。"));

    internal CentralCityInbound()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    /// <remarks><c>essential-purpose</c> (unmet: the trip is non-essential; fact: the purpose).</remarks>
    public override IReadOnlyList<string> ConditionIds => [CommonConditions.EssentialPurpose];

    /// <inheritdoc/>
    /// <remarks>Its condition that the clause exists to deny on is listed only unmet: once it is met, the clause is no reason.</remarks>
    public override ConditionOutcomes ListedOutcomes(string conditionId) =>
        conditionId == CommonConditions.EssentialPurpose ? ConditionOutcomes.Unmet : ConditionOutcomes.Either;

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.EssentialPurpose];

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.Travel | Situation.NonEssential | Situation.HomeOther | Situation.ToCentral);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.Question is Travel { Purpose: Purpose.NonEssential }
            && context.Region.Zone == Zone.Other
            && context.Destination is { IsCentral: true })
        {
            if (LeaveConditions.AdviceDenies(context))
            {
                outcome.Denies().Advised().Add(RemedyKind.EssentialPurpose, context.At, CommonConditions.EssentialPurpose, RemedySentences.EssentialPurpose);
                if (outcome.RecordDetails)
                {
                    outcome.Condition(CommonConditions.EssentialPurpose, false, LeaveConditions.PurposeFact(Purpose.NonEssential));
                }
            }
            else
            {
                outcome.AdvisesAgainst();
            }
        }
    }
}
