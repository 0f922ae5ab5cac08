using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.land-and-test</c>: test on landing, two tests in three days at least 24 hours apart, and stay home until
/// the second result.</summary>
/// <remarks>
/// <para>Applies to a person whose arrival came from a central area into a non-central area of Chongqing, with the
/// arrival inside the policy period. Day 1 is the local date (Asia/Shanghai) of the arrival, or the next date with
/// <c>day-one = next</c>; the window ends at the local midnight that starts day <c>land-and-test-days + 1</c> ("3天内"
/// includes its end).</para>
/// <para>Test 1 is the first test sampled at or after the arrival (the landing test, due at the end of day 1). Test 2 is
/// the first test sampled at least <c>land-and-test-gap</c> after test 1 ("24小时以上" includes 24 hours); with
/// <c>land-and-test-count = 3</c> a third follows test 2 by the same gap. The person stays home from the arrival until
/// the last of them is resulted negative: going out is let go only for testing or medical care, travel only for medical
/// care, and public places and gatherings are closed. A test taken after the window still fulfils the duty late.</para>
/// <para>An allowed trip from a central area into a non-central area of Chongqing lists the duties it would start, counted
/// from the trip's <c>arrives</c> (day 1 is its local date; the second test has no <c>opens</c> before the first is
/// taken). Without <c>arrives</c> the arrival instant is unknown, so the duties carry no <c>opens</c> and no <c>due</c>:
/// a traveller setting off at 22:00 for a five-hour drive must not be told that the landing test is due at midnight.
/// The clause is not a reason for that trip.</para>
/// <para>A denial waits on a test: the first not yet taken (<c>remedy.test</c>, which for a second or third test cannot
/// count before the previous test's sampling + <c>land-and-test-gap</c>), or the one taken whose result is pending
/// (<c>remedy.await-result</c>). Under home isolation or in a high-risk area the tests are sampled at home (上门采样,
/// NHC-9), and the duties say so. Force: required (按要求实行, 严格居家).</para>
/// </remarks>
public sealed class LandAndTest : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.land-and-test";

    /// <summary>The landing test (落地检), due at the end of day 1.</summary>
    public const string LandingTest = ClauseId + "/landing-test";

    /// <summary>The second test, at least the gap after the first, due at the end of the window.</summary>
    public const string SecondTest = ClauseId + "/second-test";

    /// <summary>The third test of the 三天三检 variant.</summary>
    public const string ThirdTest = ClauseId + "/third-test";

    /// <summary>Stay home until the last test is resulted negative.</summary>
    public const string StayHomeDuty = ClauseId + "/stay-home";

    /// <summary>Condition: the landing test was taken (fact: the test, or none).</summary>
    public const string LandingTestTaken = "landing-test";

    /// <summary>Condition: the second test was taken, at least the gap after the first (fact: the test, or none).</summary>
    public const string SecondTestTaken = "second-test";

    /// <summary>Condition: the third test was taken (三天三检 only; fact: the test, or none).</summary>
    public const string ThirdTestTaken = "third-test";

    /// <summary>Condition: the last test's result is out and negative (fact: that test, or none).</summary>
    public const string LastResultNegative = "last-result-negative";

    private static readonly LocalizedText TwoInThree = Named(3, 2);
    private static readonly LocalizedText ThreeInThree = Named(3, 3);

    // The index of a test that is not there.
    private const int None = -1;

    private static readonly Citation Cited = new(
        [Sources.Cq136],
        "CQ-136 第三部分第2段",
        "前往市内其他区县的,按要求实行“落地检”“3天2检(两次检测时间间隔24小时以上)”,第二次检测结果出来前严格居家",
        new LocalizedText(
            "Whoever goes from the central city to another district or county is tested on landing, tested twice in three days at least 24 hours apart, and stays strictly at home until the second result is out.",
            "前往市内其他区县的，实行“落地检”“3天2检（两次检测间隔24小时以上）”，第二次检测结果出来前严格居家。"));

    private static readonly Duty LandingObligation = new(LandingTest, new(
        "Take the landing test by the end of the first day.",
        "落地后第一天内完成落地检。"));

    private static readonly Duty SecondObligation = new(SecondTest, new(
        "Take the second test at least 24 hours after the first, within the three days.",
        "3天内完成第二次检测，与第一次间隔24小时以上。"));

    private static readonly Duty ThirdObligation = new(ThirdTest, new(
        "Take the third test at least 24 hours after the second, within the three days.",
        "3天内完成第三次检测，与第二次间隔24小时以上。"));

    private static readonly Duty StayHomeObligation = new(StayHomeDuty, new(
        "Stay strictly at home until the second test's negative result is out (the third's under 三天三检).",
        "第二次检测结果出来前严格居家（三天三检时为第三次）。"));

    // The same tests, sampled at home: under home isolation or in a high-risk area (上门采样, NHC-9).
    private static readonly Duty LandingAtHome = HomeSampling.AtHome(LandingObligation);
    private static readonly Duty SecondAtHome = HomeSampling.AtHome(SecondObligation);
    private static readonly Duty ThirdAtHome = HomeSampling.AtHome(ThirdObligation);

    internal LandAndTest()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters =>
        ["land-and-test-days", "land-and-test-gap", "land-and-test-count", "day-one", "in-force-from", "in-force-until"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [LandingTest, SecondTest, ThirdTest, StayHomeDuty];

    /// <inheritdoc/>
    /// <remarks>Listed while the person stays home: <c>landing-test</c>, <c>second-test</c>, <c>third-test</c> (三天三检
    /// only), <c>last-result-negative</c> (facts: the tests that count, or none) and <c>excepted-purpose</c> (met for going
    /// out to be tested or for medical care, and a medical trip; fact: the purpose or the question).</remarks>
    public override IReadOnlyList<string> ConditionIds =>
        [LandingTestTaken, SecondTestTaken, ThirdTestTaken, LastResultNegative, CommonConditions.ExceptedPurpose];

    /// <inheritdoc/>
    /// <remarks>Its condition that the clause exists to deny on is listed only unmet: once it is met, the clause is no reason.</remarks>
    public override ConditionOutcomes ListedOutcomes(string conditionId) =>
        conditionId == LastResultNegative ? ConditionOutcomes.Unmet : ConditionOutcomes.Either;

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Test, RemedyKind.AwaitResult];

    /// <inheritdoc/>
    /// <remarks>A person who arrived in an outer district, or a trip from the central city that would start the regime.</remarks>
    public override Reach Reach => Reach.When(Situation.Arrival | Situation.HomeOther, Situation.Travel | Situation.HomeCentral | Situation.ToOther);

    /// <inheritdoc/>
    /// <remarks>Only the regime decides (it keeps the person home); the trip that would start it is not this clause's
    /// to allow or deny.</remarks>
    public override Reach Decides => Reach.When(Situation.Arrival | Situation.HomeOther);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (IsUnderRegime(context, out var arrival))
        {
            Regime(context, outcome, arrival);
        }
        else if (outcome.RecordDetails && context.Question is Travel trip && context.Region.IsCentral && context.Destination is { Zone: Zone.Other })
        {
            // A trip that would start the regime: its duties are listed if the trip is allowed, counted from its arrival
            // when that is known; the clause is no reason.
            Duties(outcome, context, trip.Arrives, null, null, thirdTaken: false, startedByQuestion: true, staysHome: true);
        }
    }

    private static bool IsUnderRegime(ClauseContext context, out Instant arrivalAt)
    {
        arrivalAt = default;
        if (context.Facts.Arrival is not { } arrival
            || !arrival.From.IsCentral
            || context.Region.Zone != Zone.Other
            || arrival.At < context.Options.InForceFrom
            || arrival.At >= context.Options.InForceUntil)
        {
            return false;
        }

        arrivalAt = arrival.At;
        return true;
    }

    private static void Regime(ClauseContext context, Outcomes outcome, Instant arrival)
    {
        // The tests are in sampling order; each of them is found by its index, -1 when there is none yet.
        var tests = context.Facts.Tests;
        var gap = context.Options.LandAndTestGap;
        var three = context.Options.LandAndTestCount >= 3;
        var first = FirstSampledFrom(tests, arrival);
        var second = first >= 0 ? FirstSampledFrom(tests, tests[first].Sampled + gap) : None;
        var third = three && second >= 0 ? FirstSampledFrom(tests, tests[second].Sampled + gap) : None;
        var last = three ? third : second;
        var staysHome = last < 0 || tests[last].Result != TestResult.Negative;

        if (staysHome)
        {
            var effect = StayHome.On(context.Question, StayHome.Purposes.Medical | StayHome.Purposes.Testing, StayHome.Purposes.Medical);
            outcome.Set(effect);
            if (outcome.RecordDetails)
            {
                outcome.Condition(LandingTestTaken, first >= 0, TakenFact(context, first))
                    .Condition(SecondTestTaken, second >= 0, TakenFact(context, second));
                if (three)
                {
                    outcome.Condition(ThirdTestTaken, third >= 0, TakenFact(context, third));
                }

                outcome.Condition(LastResultNegative, false, TakenFact(context, last));
                StayHome.Condition(outcome, context.Question, effect);
            }

            if (effect == Effect.Denies && outcome.RecordDetails)
            {
                // The denial waits on the first test not yet taken, or on the result of the one taken.
                var waitingOn = second < 0 ? first : third < 0 && three ? second : None;
                if (last >= 0 && tests[last].Result == TestResult.Pending)
                {
                    outcome.AwaitResult(tests[last].Sampled, context.At, LastResultNegative);
                }
                else
                {
                    var earliest = waitingOn < 0 ? context.At : tests[waitingOn].Sampled + gap;
                    var missing = first < 0 ? LandingTestTaken : second < 0 ? SecondTestTaken : ThirdTestTaken;
                    outcome.Add(RemedyKind.Test, earliest > context.At ? earliest : context.At, missing, RemedySentences.Test);
                }
            }
        }

        if (outcome.RecordDetails)
        {
            Duties(
                outcome,
                context,
                arrival,
                first >= 0 ? tests[first].Sampled : null,
                second >= 0 ? tests[second].Sampled : null,
                third >= 0,
                startedByQuestion: false,
                staysHome);
        }
    }

    /// <summary>The duties of the regime that are still open: the tests not taken yet (each opening the gap after the
    /// one before it, where that one was taken) and staying home.</summary>
    /// <param name="outcome">Where the duties go.</param>
    /// <param name="context">The context.</param>
    /// <param name="arrival">The arrival instant; <see langword="null"/> for a trip whose arrival is not known, whose duties
    /// then carry no instants.</param>
    /// <param name="firstSampled">When the first test was sampled, if it was.</param>
    /// <param name="secondSampled">When the second test was sampled, if it was.</param>
    /// <param name="thirdTaken">Whether the third test was taken.</param>
    /// <param name="startedByQuestion">Whether the question would start the duties.</param>
    /// <param name="staysHome">Whether the person stays home.</param>
    private static void Duties(
        Outcomes outcome,
        ClauseContext context,
        Instant? arrival,
        Instant? firstSampled,
        Instant? secondSampled,
        bool thirdTaken,
        bool startedByQuestion,
        bool staysHome)
    {
        var options = context.Options;
        Instant? dayTwo = null;
        Instant? windowEnd = null;
        RegimeDay day = default;
        if (arrival is { } arrived)
        {
            var arrivalMidnight = arrived == context.At ? context.Midnight : context.Days.MidnightOf(arrived);
            var dayOne = context.Days.AddDays(arrivalMidnight, options.DayOne == DayOne.Next ? 1 : 0);
            dayTwo = context.Days.AddDays(dayOne, 1);
            windowEnd = context.Days.AddDays(dayOne, options.LandAndTestDays);

            // The day of the regime the person is on (3天2检第2天), inside the window only: a trip not yet made names none.
            if (!startedByQuestion && Period.DaysBetween(context.Days.DateOf(dayOne), context.Today) + 1 is var number && number <= options.LandAndTestDays)
            {
                day = new RegimeDay(RegimeName(options), number);
            }
        }

        var atHome = HomeSampling.Applies(context);
        if (firstSampled is null)
        {
            outcome.Oblige(atHome ? LandingAtHome : LandingObligation, null, dayTwo, startedByQuestion, day);
        }

        if (secondSampled is null)
        {
            outcome.Oblige(atHome ? SecondAtHome : SecondObligation, firstSampled + options.LandAndTestGap, windowEnd, startedByQuestion, day);
        }

        if (!thirdTaken && options.LandAndTestCount >= 3)
        {
            outcome.Oblige(atHome ? ThirdAtHome : ThirdObligation, secondSampled + options.LandAndTestGap, windowEnd, startedByQuestion, day);
        }

        if (staysHome)
        {
            outcome.Oblige(StayHomeObligation, arrival, null, startedByQuestion, day);
        }
    }

    /// <summary>The regime's name as people say it: 3天2检 by default, 3天3检 with three tests.</summary>
    private static LocalizedText RegimeName(PolicyOptions options) => (options.LandAndTestDays, options.LandAndTestCount) switch
    {
        (3, 2) => TwoInThree,
        (3, 3) => ThreeInThree,
        var (days, count) => Named(days, count),
    };

    private static LocalizedText Named(int days, int count) =>
        new($"land-and-test ({count} tests in {days} days)", $"{days}天{count}检");

    /// <summary>The fact of a test condition: the test at <paramref name="index"/> with its result as known, or none.</summary>
    private static TestFact TakenFact(ClauseContext context, int index)
    {
        if (index < 0)
        {
            return new TestFact(null, TestStanding.Missing);
        }

        var test = context.Facts.Tests[index];
        var standing = test.Result switch
        {
            TestResult.Negative => TestStanding.Negative,
            TestResult.Positive => TestStanding.Positive,
            _ => TestStanding.Pending,
        };
        return new TestFact(context.Facts.GivenTest(test.Source), standing);
    }

    private static int FirstSampledFrom(ReadOnlySpan<KnownTest> tests, Instant from)
    {
        for (var i = 0; i < tests.Length; i++)
        {
            if (tests[i].Sampled >= from)
            {
                return i;
            }
        }

        return None;
    }
}
