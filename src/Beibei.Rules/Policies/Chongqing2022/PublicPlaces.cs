using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.public-places</c>: code scan and temperature check to enter a public place anywhere in Chongqing, and a
/// 48-hour proof in the central city.</summary>
/// <remarks>
/// <para>CQ-136 lists four measures; only the fourth is limited to the central city ("在中心城区" governs
/// "持48小时内核酸检测阴性证明进入公共场所", not 扫码、测温、戴口罩). So entering a public place in any area of Chongqing
/// (the question's region, else the person's) is denied with a yellow or red code (扫码) or a temperature at or above
/// <c>fever-threshold</c> (测温); an absent code or temperature is not checked (the venue checks it). A place in a central
/// area is also denied without a proof (the remedy: a new test, or the pending one that could still prove). A place
/// outside Chongqing is not governed by this policy.</para>
/// <para>An allowed entry anywhere in Chongqing carries <c>cq.public-places/mask-and-distance</c> and has this clause
/// among its reasons. Force: required (the measures are 防控措施 that venues enforce).</para>
/// </remarks>
public sealed class PublicPlaces : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.public-places";

    /// <summary>Wear a mask and keep one metre apart.</summary>
    public const string MaskAndDistance = ClauseId + "/mask-and-distance";

    private static readonly Citation Cited = new(
        [Sources.Cq136, Sources.BbLetter],
        "CQ-136 第三部分第1段; BB-LETTER 七",
        "继续配合落实扫码、测温、戴口罩、在中心城区持48小时内核酸检测阴性证明进入公共场所等疫情防控措施",
        new LocalizedText(
            "To enter a public place, scan the code, have your temperature taken and wear a mask; in the central city, also show a negative test from within 48 hours.",
            "进入公共场所须配合扫码、测温、戴口罩；在中心城区还须持48小时内核酸检测阴性证明。"));

    private static readonly Duty MaskObligation = new(MaskAndDistance, new(
        "Wear a mask inside and keep at least one metre from others.",
        "规范佩戴口罩，保持一米以上社交距离。"));

    internal PublicPlaces()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["proof-window", "proof-anchor", "fever-threshold"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [MaskAndDistance];

    /// <summary>Condition: the health code is not yellow or red (fact: the colour, or unknown).</summary>
    public const string HealthCodeNormal = "health-code-normal";

    /// <summary>Condition: the temperature is below <c>fever-threshold</c> (fact: the reading, or unknown).</summary>
    public const string NoFever = "no-fever";

    /// <inheritdoc/>
    /// <remarks><c>health-code-normal</c>, <c>no-fever</c> (an absent code or temperature is not checked: met, with the
    /// value unknown) and, in the central city, <c>negative-proof</c>.</remarks>
    public override IReadOnlyList<string> ConditionIds => [HealthCodeNormal, NoFever, CommonConditions.NegativeProof];

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Test, RemedyKind.AwaitResult];

    /// <inheritdoc/>
    /// <remarks>A place in any area of Chongqing.</remarks>
    public override Reach Reach => Reach.When(Situation.EnterPublicPlace | Situation.PlaceCentral, Situation.EnterPublicPlace | Situation.PlaceOther);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.PlaceRegion is not { } place || place.Zone == Zone.Outside)
        {
            return;
        }

        var facts = context.Facts;
        var abnormalCode = facts.HealthCode is HealthCode.Yellow or HealthCode.Red;
        var fever = facts.Temperature >= context.Options.FeverThreshold;
        if (outcome.RecordDetails)
        {
            outcome.Condition(HealthCodeNormal, !abnormalCode, new ValueFact("health-code", facts.HealthCode is { } code ? PolicyTerms.Of(code) : "unknown"))
                .Condition(NoFever, !fever, new ValueFact("temperature", facts.Temperature is { } t ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown"));
        }

        if (!place.IsCentral)
        {
            if (abnormalCode || fever)
            {
                outcome.Denies();
            }
            else
            {
                outcome.Permits().Oblige(MaskObligation, null, null, startedByQuestion: true);
            }

            return;
        }

        ref readonly var proof = ref context.Proof;
        if (outcome.RecordDetails)
        {
            outcome.Condition(CommonConditions.NegativeProof, proof.IsFound, TestProof.FactOf(context, proof));
        }

        if (proof.IsFound && !abnormalCode && !fever)
        {
            outcome.Permits(proof)
                .ChangesAfter(proof.Expires)
                .Oblige(MaskObligation, null, null, startedByQuestion: true);
            return;
        }

        outcome.Denies().WithProof(proof);
        if (!proof.IsFound)
        {
            LeaveConditions.AddProofRemedy(context, outcome);
        }
    }
}
