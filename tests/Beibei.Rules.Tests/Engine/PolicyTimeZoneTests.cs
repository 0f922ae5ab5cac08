using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>A policy counts its days in its own time zone (<see cref="Policy.Days"/>): the same clause, facts and instant
/// decide by Berlin's calendar in a Berlin policy and by Beijing's in a Shanghai one, and <c>valid-until</c>, the timeline
/// and the verdict-only path turn at the policy's own midnights, on days of 23 and 25 hours too.</summary>
public class PolicyTimeZoneTests
{
    private const string Source = "EXAMPLE-TOWN";

    private static readonly LocalDays Berlin = new(DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalizedText("Berlin time", "柏林时间"));

    private static readonly LocalDays Shanghai = new(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    private static Policy Build(LocalDays days) => Policy.Create(
        "example-town",
        "1",
        new Citation([Source], "EX 0", "(an example)", new LocalizedText("Not in force.", "不在有效期内。")),
        RegionTable.Create([new Region("town", "Town", Zone.Central)]),
        days,
        [Layer.Create("example-town", [Source]).Add(new TestedToday())]);

    // In force through 2022, so that both changes of Berlin's offset fall inside the period.
    private static Evaluator EvaluatorIn(LocalDays days) =>
        new(Build(days), new PolicyOptions { InForceFrom = Instant.FromUtc(2022, 1, 1, 0, 0), InForceUntil = Instant.FromUtc(2023, 1, 1, 0, 0) });

    private static PersonFacts Sampled(string sampled, string? resulted = null, TestResult result = TestResult.Negative) =>
        new() { Region = "town", Tests = [resulted is null ? TestRecord.Pending(T(sampled)) : new TestRecord(T(sampled), result, T(resulted))] };

    private static Decision Decide(LocalDays days, PersonFacts person, string at) =>
        EvaluatorIn(days).Decide(person, new EnterPublicPlace(), T(at)).Value!;

    [Fact]
    public void TheSameFactsAndInstant_AreDecidedByThePolicysOwnCalendar()
    {
        // Sampled at 23:30 on the 14th in Berlin (06:30 on the 15th in Beijing); asked an hour later, the 15th in both.
        var person = Sampled("2022-11-14T23:30:00+01:00", "2022-11-14T23:50:00+01:00");

        Assert.Equal(Verdict.Denied, Decide(Berlin, person, "2022-11-15T00:30:00+01:00").Verdict);
        Assert.Equal(Verdict.Allowed, Decide(Shanghai, person, "2022-11-15T00:30:00+01:00").Verdict);
    }

    [Theory]
    [InlineData("2022-11-15T23:59:59.999999999+01:00", Verdict.Allowed)]
    [InlineData("2022-11-16T00:00:00+01:00", Verdict.Denied)]
    [InlineData("2022-11-15T00:00:00+01:00", Verdict.Allowed)]
    [InlineData("2022-11-14T23:59:59.999999999+01:00", Verdict.Denied)]
    public void TheDay_RunsFromTheLocalMidnight_ToTheNext(string at, Verdict expected)
    {
        var person = Sampled("2022-11-15T00:00:00+01:00", "2022-11-15T00:00:00+01:00");
        var evaluator = EvaluatorIn(Berlin);

        Assert.Equal(expected, Decide(Berlin, person, at).Verdict);
        Assert.True(evaluator.TryDecideVerdict(person, new EnterPublicPlace(), T(at), out var verdict));
        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void ValidUntil_IsThePolicysNextMidnight_NotBeijings()
    {
        var decision = Decide(Berlin, Sampled("2022-11-15T09:00:00+01:00", "2022-11-15T10:00:00+01:00"), "2022-11-15T12:00:00+01:00");

        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Equal(T("2022-11-16T00:00:00+01:00"), decision.ValidUntil);
    }

    [Theory]
    [InlineData("2022-10-30T00:10:00+02:00", "2022-10-30T23:30:00+01:00", "2022-10-31T00:00:00+01:00", 25)] // summer time ends
    [InlineData("2022-03-27T00:10:00+01:00", "2022-03-27T23:30:00+02:00", "2022-03-28T00:00:00+02:00", 23)] // summer time begins
    public void OnADayOf23Or25Hours_TheDayStillEndsAtTheNextLocalMidnight(string sampled, string at, string midnight, int hours)
    {
        var decision = Decide(Berlin, Sampled(sampled, sampled), at);

        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Equal(T(midnight), decision.ValidUntil);
        Assert.Equal(Duration.FromHours(hours), T(midnight) - Berlin.StartOf(Berlin.DateOf(T(at))));
    }

    [Fact]
    public void TheTimeline_TurnsAtThePolicysMidnight()
    {
        var person = Sampled("2022-11-14T10:00:00+01:00", "2022-11-14T11:00:00+01:00");
        var timeline = EvaluatorIn(Berlin).Timeline(person, new EnterPublicPlace(), T("2022-11-14T12:00:00+01:00"), T("2022-11-16T12:00:00+01:00")).Value!;

        Assert.Collection(
            timeline.Segments,
            s => Assert.Equal((Verdict.Allowed, T("2022-11-14T12:00:00+01:00"), T("2022-11-15T00:00:00+01:00")), (s.Verdict, s.From, s.Until)),
            s => Assert.Equal((Verdict.Denied, T("2022-11-15T00:00:00+01:00"), T("2022-11-16T12:00:00+01:00")), (s.Verdict, s.From, s.Until)));
    }

    [Fact]
    public void ARemedysSentence_NamesThePolicysLocalTime()
    {
        var decision = Decide(Berlin, Sampled("2022-11-15T09:00:00+01:00"), "2022-11-15T12:00:00+01:00");
        var remedy = Assert.Single(decision.Remedies, r => r.Kind == RemedyKind.AwaitResult);

        Assert.Equal("Wait for the result of the test sampled at 2022-11-15 09:00 (Berlin time): a negative result lifts this.", remedy.Sentence.En);
        Assert.Contains("2022-11-15 09:00（柏林时间）", remedy.Sentence.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJson_WritesTheContractsOffset_WhateverThePolicysZone()
    {
        // The instants are the policy's; the JSON writes each with the offset of the contract's zone (+08:00).
        var decision = Decide(Berlin, Sampled("2022-11-15T09:00:00+01:00", "2022-11-15T10:00:00+01:00"), "2022-11-15T12:00:00+01:00");
        var json = Serialization.BeibeiRulesJson.Serialize(decision);

        Assert.Contains("\"valid-until\":\"2022-11-16T07:00:00+08:00\"", json, StringComparison.Ordinal);
        Assert.Equal("Asia/Shanghai", Serialization.BeibeiRulesJson.Zone.Id);
    }

    [Fact]
    public void TheSamePolicyInAnotherZone_HasAnotherDigest() =>
        Assert.NotEqual(EvaluatorIn(Berlin).Identity.Digest, EvaluatorIn(Shanghai).Identity.Digest);

    /// <summary>A public place needs a negative test sampled on today's local date; a pending one is awaited.</summary>
    private sealed class TestedToday : Clause
    {
        public override string Id => "example.tested-today";

        public override Citation Citation { get; } = new([Source], "EX 1", "(an example)", new LocalizedText("A test today.", "当日检测。"));

        public override IReadOnlyList<string> ConditionIds => ["tested-today"];

        public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.AwaitResult];

        public override Reach Reach => Reach.When(Situation.EnterPublicPlace);

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
            var midnight = context.Midnight;
            var today = new ValueFact("today", context.Today.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture));
            var tomorrow = context.Days.AddDays(midnight, 1);
            foreach (var test in context.Facts.Tests)
            {
                if (test.Sampled < midnight || test.Sampled >= tomorrow)
                {
                    continue;
                }

                if (test.Result == TestResult.Negative)
                {
                    outcome.Permits().Condition("tested-today", true, today).ChangesAt(tomorrow);
                    return;
                }

                if (test.Result == TestResult.Pending)
                {
                    outcome.AwaitResult(test.Sampled, context.At, "tested-today");
                }
            }

            outcome.Denies().Condition("tested-today", false, today).ChangesAt(tomorrow);
        }
    }
}
