using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.public-places</c>: a 48-hour proof, code scan and temperature check to enter public places in the
/// central city.</summary>
/// <remarks>Entering a public place in a central area is denied without a proof, with a yellow or red code, or with a
/// temperature at or above <c>fever-threshold</c>; an absent code or temperature is not checked (the venue checks it).
/// Outside the central city the seed sets no entry condition. An allowed entry carries
/// <c>cq.public-places/mask-and-distance</c>.</remarks>
public sealed class PublicPlaces : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.public-places";

    /// <summary>Wear a mask and keep one metre apart.</summary>
    public const string MaskAndDistance = ClauseId + "/mask-and-distance";

    private static readonly Citation Cited = new(
        [Sources.Cq136, Sources.BbLetter],
        "CQ-136 倡导中心城区各区人员非必要不离开中心城区范围; BB-LETTER 七",
        "扫码、测温、戴口罩、在中心城区持48小时内核酸检测阴性证明进入公共场所",
        new LocalizedText(
            "To enter a public place in the central city, scan the code, have your temperature taken, wear a mask and show a negative test from within 48 hours.",
            "在中心城区进入公共场所须扫码、测温、戴口罩，并持48小时内核酸检测阴性证明。"));

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

    /// <inheritdoc/>
    internal override Reach Reach => Reach.When(Situation.EnterPublicPlace | Situation.PlaceCentral);

    internal override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.PlaceRegion is not { IsCentral: true })
        {
            return;
        }

        ref readonly var proof = ref context.Proof;
        var facts = context.Facts;
        var abnormalCode = facts.HealthCode is HealthCode.Yellow or HealthCode.Red;
        var fever = facts.Temperature >= context.Options.FeverThreshold;
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
            outcome.Add(RemedyKind.Test, context.At);
        }
    }
}
