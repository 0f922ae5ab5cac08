using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.mask</c>: wear a mask when going out.</summary>
/// <remarks>For a person in Beibei, an allowed <c>leave-home</c> carries <c>beibei.mask/wear-mask</c>, with no due instant.
/// The clause never changes a verdict and is not a reason. Force: required (规范佩戴口罩 restates the city's 戴口罩).</remarks>
public sealed class BeibeiMask : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.mask";

    /// <summary>Wear a mask properly while out.</summary>
    public const string WearMask = ClauseId + "/wear-mask";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 七",
        "如外出请规范佩戴口罩",
        new LocalizedText(
            "Whoever goes out wears a mask properly.",
            "外出时规范佩戴口罩。"));

    private static readonly Duty WearMaskObligation = new(WearMask, new(
        "Wear a mask properly while you are out.",
        "外出期间规范佩戴口罩。"));

    internal BeibeiMask()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [WearMask];

    /// <inheritdoc/>
    public override Reach Decides => Reach.Nowhere;

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.LeaveHome | Situation.HomeGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states that the person lives in Beibei and what is asked: the engine calls it nowhere else.
        outcome.Oblige(WearMaskObligation, null, null, startedByQuestion: true);
    }
}
