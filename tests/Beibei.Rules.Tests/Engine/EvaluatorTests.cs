using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

public class EvaluatorTests
{
    private static readonly Travel NonEssentialToHechuan = new("hechuan", Purpose.NonEssential);

    [Fact]
    public void Decide_NonEssentialTripOut_DeniedWithEveryRemedyAtTheInstant()
    {
        var decision = Default.Decide(Person("yuzhong"), NonEssentialToHechuan, Noon12th).Value!;

        Assert.Equal(Verdict.Denied, decision.Verdict);
        Assert.False(decision.IsAllowed);
        Assert.Equal([CentralCityStay.ClauseId], decision.Reasons.Select(r => r.ClauseId));
        Assert.Equal([RemedyKind.EssentialPurpose, RemedyKind.Report, RemedyKind.Test], decision.Remedies.Select(r => r.Kind));
        Assert.All(decision.Remedies, r => Assert.Equal(Noon12th, r.Earliest));
        Assert.Equal(PolicyEnd, decision.ValidUntil);
        Assert.False(decision.ValidUntilIncluded);
        Assert.Equal(Noon12th, decision.At);
    }

    [Fact]
    public void Decide_Reason_CarriesTheCitation()
    {
        var reason = Default.Decide(Person("yuzhong"), NonEssentialToHechuan, Noon12th).Value!.Reasons[0];

        Assert.Equal(["CQ-136"], reason.Citation.Sources);
        Assert.Contains("非必要不离开中心城区", reason.Citation.Quotation, StringComparison.Ordinal);
        Assert.NotEmpty(reason.Citation.Summary.En);
        Assert.NotEmpty(reason.Citation.Summary.Zh);
        Assert.Equal(reason.Citation.Summary.Zh, reason.Citation.Summary.In("zh-CN"));
    }

    /// <summary>One positive result or several, alone or among negatives: each person is infected (the situation's
    /// positive bit is set by any positive, not toggled by each).</summary>
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    [InlineData(2, 2)]
    public void Decide_AnyNumberOfPositives_IsInfected(int positives, int negatives)
    {
        TestRecord[] tests =
        [
            .. Enumerable.Range(0, negatives).Select(i => TestRecord.Negative(T("2022-11-10T08:00:00+08:00").Plus(Duration.FromHours(i)), T("2022-11-10T20:00:00+08:00"))),
            .. Enumerable.Range(0, positives).Select(i => TestRecord.Positive(T("2022-11-11T08:00:00+08:00").Plus(Duration.FromHours(i)), T("2022-11-11T20:00:00+08:00"))),
        ];

        var decision = Default.Decide(Person("yuzhong", tests), NonEssentialToHechuan, Noon12th).Value!;
        var verdictFound = Default.TryDecideVerdict(Person("yuzhong", tests), new Travel("yuzhong", Purpose.NonEssential), Noon12th, out var verdict);

        Assert.Equal(Infected.ClauseId, decision.Reasons[0].ClauseId);
        Assert.True(verdictFound);
        Assert.Equal(Verdict.Denied, verdict);
    }

    /// <summary>Hundreds of tests and reports, more than a fresh workspace holds: every one is read, the newest
    /// included.</summary>
    [Fact]
    public void Decide_HundredsOfTestsAndReports_ReadsTheNewest()
    {
        var start = T("2022-11-01T08:00:00+08:00");
        var newest = TestRecord.Negative(T("2022-11-11T20:00:00+08:00"), T("2022-11-12T06:00:00+08:00"));
        var person = new PersonFacts
        {
            Region = "yuzhong",
            Tests = [.. Enumerable.Range(0, 299).Select(i => TestRecord.Negative(start.Plus(Duration.FromMinutes(i)), start.Plus(Duration.FromHours(8)))), newest],
            Reports = [.. Enumerable.Range(0, 299).Select(i => new Report("jiangbei", start.Plus(Duration.FromMinutes(i)))), new Report("hechuan", T("2022-11-12T10:00:00+08:00"))],
        };

        var decision = Default.Decide(person, new Travel("hechuan", Purpose.Essential), Noon12th).Value!;

        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Same(newest, decision.Reasons.Single(r => r.Proof is not null).Proof!.Test);
    }

    /// <summary>The evaluator lends each thread a workspace; after a decision it keeps none of the caller's facts
    /// alive.</summary>
    [Fact]
    public void Constructor_WithoutAPolicyOrOptions_IsRefusedWithTheirName()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new Evaluator(null!, new PolicyOptions())).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new Evaluator(Policy.Chongqing2022, null!)).ParamName);
    }

    [Theory]
    [InlineData("decide")]
    [InlineData("verdict")]
    [InlineData("trace")]
    [InlineData("timeline")]
    public void EveryWayOfDeciding_KeepsNoReferenceToTheFactsOrQuestion(string way)
    {
        var (facts, question) = DecideAndForget(way);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(facts.TryGetTarget(out _));
        Assert.False(question.TryGetTarget(out _));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (WeakReference<PersonFacts> Facts, WeakReference<Question> Question) DecideAndForget(string way)
    {
        var person = Person("yuzhong", TestRecord.Negative(T("2022-11-11T08:00:00+08:00"), T("2022-11-11T20:00:00+08:00")));
        var trip = new Travel("hechuan", Purpose.NonEssential);
        var decided = way switch
        {
            "decide" => Default.Decide(person, trip, Noon12th).IsValid,
            "verdict" => Default.TryDecideVerdict(person, trip, Noon12th, out _),
            "trace" => Default.Trace(person, trip, Noon12th).IsValid,
            _ => Default.Timeline(person, trip, Noon12th, Noon12th + Duration.FromDays(1)).IsValid,
        };
        Assert.True(decided);
        return (new WeakReference<PersonFacts>(person), new WeakReference<Question>(trip));
    }

    [Fact]
    public void Decide_Infected_FirstReasonNoObligationsNoRemedies()
    {
        var person = Person("yuzhong", TestRecord.Positive(T("2022-11-11T08:00:00+08:00"), T("2022-11-11T20:00:00+08:00")));

        var decision = Default.Decide(person, NonEssentialToHechuan, Noon12th).Value!;

        Assert.Equal([Infected.ClauseId, CentralCityStay.ClauseId], decision.Reasons.Select(r => r.ClauseId));
        Assert.Empty(decision.Obligations);
        Assert.Empty(decision.Remedies);
        Assert.Equal(PolicyEnd, decision.ValidUntil);
    }

    [Fact]
    public void Decide_OutsideThePolicy_SingleNoneInForceReason()
    {
        var before = Default.Decide(Person("yuzhong"), NonEssentialToHechuan, PolicyStart - Duration.Epsilon).Value!;
        var atStart = Default.Decide(Person("yuzhong"), NonEssentialToHechuan, PolicyStart).Value!;
        var atEnd = Default.Decide(Person("yuzhong"), NonEssentialToHechuan, PolicyEnd).Value!;

        Assert.Equal(Verdict.Allowed, before.Verdict);
        Assert.Equal([Evaluator.NoneInForce], before.Reasons.Select(r => r.ClauseId));
        Assert.Empty(before.Obligations);
        Assert.Equal(PolicyStart, before.ValidUntil);
        Assert.Equal(Verdict.Denied, atStart.Verdict);
        Assert.Equal(Verdict.Allowed, atEnd.Verdict);
        Assert.Null(atEnd.ValidUntil);
    }

    [Fact]
    public void Decide_AllowedAcrossThePolicyEnd_HasNoValidUntil()
    {
        var decision = Default.Decide(Person("jiangbei"), new Travel("yuzhong", Purpose.NonEssential), Noon12th).Value!;

        Assert.Equal([CentralCityZone.ClauseId], decision.Reasons.Select(r => r.ClauseId));
        Assert.Null(decision.ValidUntil);
    }

    [Fact]
    public void Decide_FactsDatedLater_AreInvisibleNotErrors()
    {
        var person = Person("yuzhong") with
        {
            Isolation = new Isolation(Noon12th + Duration.FromHours(1)),
            Reports = [new Report("hechuan", Noon12th + Duration.FromMinutes(1))],
        };

        var result = Default.Decide(person, new LeaveHome(Purpose.Essential), Noon12th);

        Assert.True(result.IsValid);
        Assert.Equal(Verdict.Allowed, result.Value.Verdict);
        Assert.Null(result.Value.ValidUntil);
    }

    [Fact]
    public void Decide_SameInputs_GiveEqualDecisionsWhateverTheOffsetWritten()
    {
        var person = Person("yuzhong", Negative("2022-11-11T10:00:00+08:00", "2022-11-11T18:00:00+08:00"));
        var inUtc = Person("yuzhong", Negative("2022-11-11T02:00:00Z", "2022-11-11T10:00:00Z"));

        var a = Default.Decide(person, new EnterPublicPlace(), T("2022-11-12T10:00:00+08:00")).Value!;
        var b = Default.Decide(inUtc, new EnterPublicPlace(), T("2022-11-11T21:00:00-05:00")).Value!;

        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.ValidUntil, b.ValidUntil);
        Assert.Equal(a.Obligations, b.Obligations);
        Assert.Equal(a.Reasons, b.Reasons);
    }

    [Fact]
    public void Decide_ManyRegimesAtOnce_ListsEveryDuty()
    {
        // More duties than a workspace first holds: land-and-test with three tests, a home isolation and a control area.
        var person = new PersonFacts
        {
            Region = "hechuan",
            Arrival = new Arrival("yuzhong", T("2022-11-12T10:00:00+08:00")),
            Isolation = new Isolation(T("2022-11-12T11:00:00+08:00"), LivesAlone: false),
            ControlArea = new ControlArea(ControlLevel.High, T("2022-11-12T11:00:00+08:00")),
        };
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions { LandAndTestCount = 3 });

        var decision = evaluator.Decide(person, new LeaveHome(Purpose.Medical), T("2022-11-12T12:00:00+08:00")).Value!;

        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Equal(
            [
                ControlAreas.StayHomeDuty,
                HomeIsolation.GreenChannel,
                HomeIsolation.LiveAlone,
                HomeIsolation.StayHomeDuty,
                HomeIsolation.Temperature,
                HomeIsolation.TestDay,
                LandAndTest.LandingTest,
                LandAndTest.SecondTest,
                LandAndTest.StayHomeDuty,
                LandAndTest.ThirdTest,
            ],
            decision.Obligations.Select(o => o.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DefaultResult_IsInvalidWithAnEmptyListOfErrors()
    {
        var result = default(Result<Decision>);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.NotNull(result.Errors);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Constructor_CopiesTheOptions()
    {
        var options = new PolicyOptions { ProofWindow = Duration.FromHours(24) };
        var evaluator = new Evaluator(Policy.Chongqing2022, options);
        options.ProofWindow = Duration.FromHours(72);
        var person = Person("yuzhong", Negative("2022-11-10T20:00:00+08:00", "2022-11-10T22:00:00+08:00"));

        Assert.Equal(Duration.FromHours(24), evaluator.Options.ProofWindow);
        Assert.Equal(Verdict.Denied, evaluator.Decide(person, new EnterPublicPlace(), Noon12th).Value!.Verdict);
    }

    [Fact]
    public void Constructor_NullOptions_Throws() =>
        Assert.Throws<ArgumentNullException>("options", () => new Evaluator(Policy.Chongqing2022, null!));

    [Fact]
    public void Decide_InvalidOptions_EveryDecisionReportsThem()
    {
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions { LandAndTestCount = 4, ProofWindow = Duration.Zero });

        var result = evaluator.Decide(Person("yuzhong"), new LeaveHome(Purpose.Essential), Noon12th);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.ValueUnknown, Field: "options.land-and-test-count" });
        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.ValueOutOfRange, Field: "options.proof-window" });
    }

    [Theory]
    [InlineData("hechuan", Purpose.NonEssential)]
    [InlineData("hechuan", Purpose.Essential)]
    [InlineData("jiangbei", Purpose.NonEssential)]
    [InlineData("beibei", Purpose.Medical)]
    public void TryDecideVerdict_AgreesWithDecide(string to, Purpose purpose)
    {
        var person = Person("beibei", Negative("2022-11-11T10:00:00+08:00", "2022-11-11T18:00:00+08:00")) with
        {
            Reports = [new Report("hechuan", Noon12th - Duration.FromHours(1))],
        };
        var question = new Travel(to, purpose);

        Assert.True(Default.TryDecideVerdict(person, question, Noon12th, out var verdict));
        Assert.Equal(Default.Decide(person, question, Noon12th).Value!.Verdict, verdict);
    }

    [Fact]
    public void TryDecideVerdict_BadInput_ReturnsFalse() =>
        Assert.False(Default.TryDecideVerdict(Person("atlantis"), new LeaveHome(Purpose.Essential), Noon12th, out _));

    [Fact]
    public void Policy_ListsEveryClauseOnceAndTheNotEvaluableParts()
    {
        var ids = Default.Policy.Clauses.Select(c => c.Id).ToArray();

        Assert.Equal(17, ids.Length);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(Infected.ClauseId, ids[0]);
        Assert.Contains("beibei.symptoms", ids);
        Assert.Equal(12, Default.Policy.NotEvaluable.Count);
        Assert.All(Default.Policy.NotEvaluable, n => Assert.NotEmpty(n.Why.En));
        Assert.All(Default.Policy.Clauses, c => Assert.All(c.Parameters, p => Assert.Contains(p, PolicyOptions.Names)));
        Assert.All(Default.Policy.ObligationIds(), id => Assert.StartsWith(id[..id.IndexOf('/', StringComparison.Ordinal)], id, StringComparison.Ordinal));
        Assert.Null(Default.Policy.FindClause("cq.nothing"));
    }

    [Fact]
    public void HasReason_FindsAnyOfSeveralReasons()
    {
        var decision = Default.Decide(Person("beibei"), new Travel("hechuan", Purpose.NonEssential), Noon12th).Value!;

        Assert.True(decision.HasReason(CentralCityStay.ClauseId));
        Assert.True(decision.HasReason(BeibeiStayInDistrict.ClauseId));
        Assert.False(decision.HasReason(CentralCityZone.ClauseId));
    }

    [Fact]
    public void Obligation_ClauseId_IsThePartBeforeTheSlash()
    {
        var decision = Default.Decide(Person("yuzhong"), new LeaveHome(Purpose.Essential), Noon12th).Value!;

        var obligation = decision.FindObligation(DailyTest.Today);

        Assert.Equal(DailyTest.ClauseId, obligation?.ClauseId);
        Assert.Null(decision.FindObligation("cq.nothing/none"));
    }
}
