using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.no-gathering</c>: no gatherings ("喜事缓办,丧事简办,宴会不办").</summary>
/// <remarks>For a person in Beibei, a wedding, banquet, meal or other gathering is denied; a funeral is allowed, kept
/// small. A denied wedding offers <c>remedy.postpone</c> (喜事缓办: hold it later), from <c>in-force-until</c>; a banquet is
/// 宴会不办, not held, and offers nothing. Elsewhere the seed sets no concrete gathering rule (CQ-136's "不扎堆、不聚集" is a
/// habit it recommends). Force: advised (倡议, 提倡): under <c>advice: inform</c> nothing is denied and the clause is listed
/// as advice.</remarks>
public sealed class BeibeiNoGathering : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.no-gathering";

    /// <summary>Keep a funeral small (丧事简办).</summary>
    public const string KeepItSmall = ClauseId + "/keep-it-small";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 二",
        "不参加聚集性活动、聚餐聚会。提倡“喜事缓办,丧事简办,宴会不办”",
        new LocalizedText(
            "The district asks residents not to join gatherings or shared meals, and advises postponing weddings, keeping funerals simple and holding no banquets.",
            "倡议不参加聚集性活动、聚餐聚会；提倡“喜事缓办，丧事简办，宴会不办”。"));

    /// <summary>Condition: the gathering is one the letter lets go, a funeral kept small (fact: the kind).</summary>
    public const string GatheringAllowed = "gathering-allowed";

    private static readonly Duty KeepItSmallObligation = new(KeepItSmall, new("Keep the funeral simple and small.", "丧事简办，控制规模。"));

    internal BeibeiNoGathering()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["advice", "in-force-until"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [KeepItSmall];

    /// <inheritdoc/>
    /// <remarks><c>gathering-allowed</c> (met for a funeral; fact: the kind). <c>remedy.postpone</c> satisfies it by holding
    /// the wedding once the measures end.</remarks>
    public override IReadOnlyList<string> ConditionIds => [GatheringAllowed];

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Postpone];

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.Gathering | Situation.HomeGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states that the person lives in Beibei and what is asked: the engine calls it nowhere else.
        var gathering = (Gathering)context.Question;

        if (outcome.RecordDetails)
        {
            outcome.Condition(GatheringAllowed, gathering.Kind == GatheringKind.Funeral, new ValueFact("kind", PolicyTerms.Of(gathering.Kind)));
        }

        if (gathering.Kind == GatheringKind.Funeral)
        {
            outcome.Permits().Advised().Oblige(KeepItSmallObligation, null, null, startedByQuestion: true);
        }
        else if (!LeaveConditions.AdviceDenies(context))
        {
            outcome.AdvisesAgainst();
        }
        else
        {
            outcome.Denies().Advised();
            if (gathering.Kind == GatheringKind.Wedding)
            {
                outcome.Add(RemedyKind.Postpone, context.Options.InForceUntil, GatheringAllowed, RemedySentences.Postpone);
            }
        }
    }
}
