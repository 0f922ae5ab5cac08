using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.home-isolation</c>: home isolation medical observation (居家隔离医学观察).</summary>
/// <remarks>
/// <para>Applies while <c>from &lt;= at &lt; until</c> (half-open); without <c>until</c> the end is
/// <c>from + isolation-days</c> days (7, from NHC-9: the seed is silent).</para>
/// <para>Going out and travel are denied unless for medical care, which goes through the community's green channel;
/// public places and gatherings are denied. Standing duties: stay home until the end, take the temperature twice a day,
/// live alone when the person is known not to, and be tested on isolation days 1, 4 and 7 (day 1 is the local date of
/// <c>from</c>; NHC-9) when no test is sampled that day, sampled at home (上门采样). A missed test day is not carried over.</para>
/// <para>The green channel exists so that an isolated person is treated in time: a medical trip under home isolation is
/// not held to the report and proof of <c>cq.central-city.leave-conditions</c> or <c>beibei.stay-in-district</c> (an
/// isolated Beibei resident may go to a Shapingba hospital), and this clause is its reason. Force: required (严格执行;
/// living alone is asked 原则上, in principle).</para>
/// </remarks>
public sealed class HomeIsolation : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.home-isolation";

    /// <summary>Stay home until the end of the isolation.</summary>
    public const string StayHomeDuty = ClauseId + "/stay-home";

    /// <summary>Take the temperature twice a day.</summary>
    public const string Temperature = ClauseId + "/temperature";

    /// <summary>Live alone (原则上要求单独居住).</summary>
    public const string LiveAlone = ClauseId + "/live-alone";

    /// <summary>Be tested on isolation days 1, 4 and 7.</summary>
    public const string TestDay = ClauseId + "/test-day";

    /// <summary>Go to medical care through the community's green channel.</summary>
    public const string GreenChannel = ClauseId + "/green-channel";

    /// <summary>Condition: the isolation has ended (fact: the isolation's period).</summary>
    public const string IsolationEnded = "isolation-ended";

    private static readonly int[] TestDays = [1, 4, 7];

    // What a denial waits for: the end of the isolation, whose instant the remedy carries.
    private static readonly LocalizedText WaitForTheEnd = new("Wait until the home isolation ends.", "等待居家隔离期满。");

    // The regime whose days the duties name (隔离第7天).
    private static readonly LocalizedText Isolation = new("home isolation", "隔离");

    private static readonly Citation Cited = new(
        [Sources.Cq136, Sources.Nhc9],
        "CQ-136 第三部分第3段",
        "原则上要求单独居住,严格执行居家隔离医学观察各项要求,定时做好体温测量和自我健康监测,对有看病就医需求的居家隔离医学观察人员,开辟就医“绿色通道”",
        new LocalizedText(
            "A person in home isolation lives alone in principle, stays home, takes their temperature regularly; a green channel is opened for medical care.",
            "居家隔离医学观察人员原则上单独居住，严格居家，定时测量体温；就医开辟“绿色通道”。"));

    private static readonly Duty StayHomeObligation = new(StayHomeDuty, new("Stay at home until the isolation ends.", "隔离期满前严格居家。"));

    private static readonly Duty TemperatureObligation = new(Temperature, new("Take your temperature twice a day.", "每天早晚各测量一次体温。"));

    private static readonly Duty LiveAloneObligation = new(LiveAlone, new("Live alone during the isolation.", "隔离期间原则上单独居住。"));

    // Always sampled at home: the person does not go out (上门采样, NHC-9).
    private static readonly Duty TestDayObligation = HomeSampling.AtHome(new(TestDay, new("Be tested today (isolation days 1, 4 and 7 are test days).", "请完成今天的核酸检测（隔离第1、4、7天各检测一次）。")));

    private static readonly Duty GreenChannelObligation = new(GreenChannel, new(
        "Arrange the medical trip through your community's green channel.",
        "通过社区就医“绿色通道”安排就医。"));

    internal HomeIsolation()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["isolation-days"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [StayHomeDuty, Temperature, LiveAlone, TestDay, GreenChannel];

    /// <inheritdoc/>
    /// <remarks><c>isolation-ended</c> (unmet while it holds; fact: its period) and <c>excepted-purpose</c> (met for medical
    /// care; fact: the purpose or the question).</remarks>
    public override IReadOnlyList<string> ConditionIds => [IsolationEnded, CommonConditions.ExceptedPurpose];

    /// <inheritdoc/>
    /// <remarks>Its condition that the clause exists to deny on is listed only unmet: once it is met, the clause is no reason.</remarks>
    public override ConditionOutcomes ListedOutcomes(string conditionId) =>
        conditionId == IsolationEnded ? ConditionOutcomes.Unmet : ConditionOutcomes.Either;

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Wait];

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.Isolation);

    /// <summary>Whether a home isolation holds at the context's instant, and when it ends (exclusive).</summary>
    internal static bool HoldsAt(ClauseContext context, out Instant end)
    {
        end = default;
        if (context.Facts.Isolation is not { } isolation)
        {
            return false;
        }

        end = isolation.Until ?? isolation.From + Duration.FromDays(context.Options.IsolationDays);
        return context.At < end;
    }

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (!HoldsAt(context, out var end))
        {
            return;
        }

        var isolation = context.Facts.Isolation!;

        var effect = StayHome.On(context.Question, StayHome.Purposes.Medical, StayHome.Purposes.Medical);
        outcome.Set(effect).ChangesAt(end);
        if (!outcome.RecordDetails)
        {
            return;
        }

        outcome.Condition(IsolationEnded, false, new PeriodFact("isolation", isolation.From, end));
        StayHome.Condition(outcome, context.Question, effect);
        if (effect == Effect.Denies)
        {
            outcome.Add(RemedyKind.Wait, end, IsolationEnded, WaitForTheEnd);
        }
        else if (context.Question is LeaveHome or Travel)
        {
            outcome.Oblige(GreenChannelObligation, null, null, startedByQuestion: true);
        }

        // Day 1 is the local date the isolation began (隔离第7天).
        var today = context.Today;
        var number = Period.DaysBetween(context.Days.DateOf(isolation.From), today) + 1;
        var day = new RegimeDay(Isolation, number);
        outcome.Oblige(StayHomeObligation, isolation.From, end, startedByQuestion: false, day)
            .Oblige(TemperatureObligation, null, null, startedByQuestion: false, day);
        if (isolation.LivesAlone == false)
        {
            outcome.Oblige(LiveAloneObligation, null, null, startedByQuestion: false, day);
        }

        if (Array.IndexOf(TestDays, number) >= 0 && !context.Days.AnySampledOn(context.Facts.Tests, today))
        {
            var opens = context.Days.StartOf(today);
            outcome.Oblige(TestDayObligation, opens < isolation.From ? isolation.From : opens, context.Days.EndOf(today), startedByQuestion: false, day);
        }
    }
}
