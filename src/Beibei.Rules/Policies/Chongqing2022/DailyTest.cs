using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.daily-test</c>: one test a day in the central city (一天一检).</summary>
/// <remarks>A person in a central area with no test sampled on today's local date (Asia/Shanghai; any result, pending
/// included) has <c>cq.daily-test/today</c>, due at the next local midnight. It never changes a verdict. Under home
/// isolation or in a high-risk area the sample is taken at home (上门采样, NHC-9), and the duty says so. Force: required.</remarks>
public sealed class DailyTest : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.daily-test";

    /// <summary>Today's test.</summary>
    public const string Today = ClauseId + "/today";

    private static readonly Citation Cited = new(
        [Sources.Cq136, Sources.BbLetter],
        "CQ-136 第二部分第1段; BB-LETTER 四",
        "中心城区各区将实行一天一次的区域核酸检测",
        new LocalizedText(
            "Every area of the central city tests its people once a day.",
            "中心城区各区实行一天一次的区域核酸检测。"));

    private static readonly Duty TodayObligation = new(Today, new(
        "Take today's nucleic-acid test as your village or community arranges.",
        "按村（社区）安排参加当天的核酸检测。"));

    private static readonly Duty TodayAtHome = HomeSampling.AtHome(TodayObligation);

    internal DailyTest()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [Today];

    /// <inheritdoc/>
    public override Reach Decides => Reach.Nowhere;

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.HomeCentral);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states that the person lives in the central city: the engine calls it nowhere else.
        var midnight = context.Midnight;
        if (!context.Days.AnySampledOnDayFrom(context.Facts.Tests, midnight))
        {
            outcome.Oblige(HomeSampling.Applies(context) ? TodayAtHome : TodayObligation, null, context.Days.AddDays(midnight, 1), startedByQuestion: false);
        }
    }
}
