using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.no-gathering</c>: no gatherings ("喜事缓办,丧事简办,宴会不办").</summary>
/// <remarks>For a person in Beibei, a wedding, banquet, meal or other gathering is denied; a funeral is allowed, kept
/// small. Elsewhere the seed sets no concrete gathering rule (CQ-136's "不扎堆、不聚集" is a habit it recommends).</remarks>
public sealed class BeibeiNoGathering : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.no-gathering";

    /// <summary>Keep a funeral small (丧事简办).</summary>
    public const string KeepItSmall = ClauseId + "/keep-it-small";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 二",
        "不参加聚集性活动、聚餐聚会。提倡'喜事缓办,丧事简办,宴会不办'",
        new LocalizedText(
            "Do not join gatherings or shared meals: postpone weddings, keep funerals simple, hold no banquets.",
            "不参加聚集性活动、聚餐聚会；喜事缓办，丧事简办，宴会不办。"));

    private static readonly Duty KeepItSmallObligation = new(KeepItSmall, new("Keep the funeral simple and small.", "丧事简办，控制规模。"));

    internal BeibeiNoGathering()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [KeepItSmall];

    /// <inheritdoc/>
    internal override Reach Reach => Reach.When(Situation.Gathering | Situation.HomeBeibei);

    internal override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (!context.InBeibei || context.Question is not Gathering gathering)
        {
            return;
        }

        if (gathering.Kind == GatheringKind.Funeral)
        {
            outcome.Permits().Oblige(KeepItSmallObligation, null, null, startedByQuestion: true);
        }
        else
        {
            outcome.Denies();
        }
    }
}
