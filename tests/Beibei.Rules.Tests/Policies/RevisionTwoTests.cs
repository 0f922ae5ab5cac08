using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Policies;

/// <summary>The changes of the catalogue's revision 2, through the public API, each on its boundaries.</summary>
public class RevisionTwoTests
{
    private static readonly Evaluator Inform = new(Policy.Chongqing2022, new PolicyOptions { Advice = AdviceMode.Inform });
    private static readonly TestRecord FreshNegative = Negative("2022-11-11T12:00:00+08:00", "2022-11-11T18:00:00+08:00");

    [Theory]
    [InlineData("36.5", false)]
    [InlineData("37.29", false)]
    [InlineData("37.3", true)]
    [InlineData("37.31", true)]
    public void Decide_FeverOutsideTheCentralCity_IsCheckedAtTheDoor(string celsius, bool refused)
    {
        var person = Person("hechuan") with { Temperature = decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture) };

        var decision = Default.Decide(person, new EnterPublicPlace(), Noon12th).Value!;

        Assert.Equal(refused ? Verdict.Denied : Verdict.Allowed, decision.Verdict);
        Assert.True(decision.HasReason(PublicPlaces.ClauseId));
        Assert.Equal(!refused, decision.FindObligation(PublicPlaces.MaskAndDistance) is not null);
    }

    [Theory]
    [InlineData(HealthCode.Green, Verdict.Allowed)]
    [InlineData(HealthCode.Yellow, Verdict.Denied)]
    [InlineData(HealthCode.Red, Verdict.Denied)]
    public void Decide_HealthCodeOutsideTheCentralCity_IsScanned(HealthCode code, Verdict expected) =>
        Assert.Equal(expected, Default.Decide(Person("fuling") with { HealthCode = code }, new EnterPublicPlace(), Noon12th).Value!.Verdict);

    [Fact]
    public void Decide_PlaceOutsideChongqing_IsNotGoverned()
    {
        var decision = Default.Decide(Person("hechuan") with { HealthCode = HealthCode.Red }, new EnterPublicPlace("outside"), Noon12th).Value!;

        Assert.True(decision.IsAllowed);
        Assert.Empty(decision.Reasons);
    }

    [Fact]
    public void Decide_ArrivalThatEnteredChongqingElsewhere_ReportIsDueFromTheEntry()
    {
        var entered = Noon12th - Duration.FromHours(2);
        var person = Person("beibei") with { Arrival = new Arrival("yubei", Noon12th - Duration.FromHours(1), Entered: entered) };

        var report = Default.Decide(person, new LeaveHome(Purpose.Essential), Noon12th).Value!.FindObligation(BeibeiArrivalReport.ReportDuty);

        Assert.NotNull(report);
        Assert.Equal(entered, report.Due);
        Assert.Equal(ObligationStatus.Overdue, report.Status);
    }

    [Fact]
    public void Decide_Exposure_ReportDueAtTheNoticeUntilReported()
    {
        var noticed = Noon12th - Duration.FromMinutes(30);
        var exposed = Person("beibei") with { Exposure = new Exposure(noticed, Noon12th) };
        var go = new LeaveHome(Purpose.Essential);

        var before = Default.Decide(exposed, go, Noon12th - Duration.Epsilon).Value!.FindObligation(BeibeiArrivalReport.ExposureReport);
        var at = Default.Decide(exposed, go, Noon12th).Value!.FindObligation(BeibeiArrivalReport.ExposureReport);
        var beforeNotice = Default.Decide(exposed, go, noticed - Duration.Epsilon).Value!.FindObligation(BeibeiArrivalReport.ExposureReport);

        Assert.Equal(noticed, before?.Due);
        Assert.Equal(ObligationStatus.Overdue, before?.Status);
        Assert.Null(at);
        Assert.Null(beforeNotice);
    }

    [Fact]
    public void Decide_HealthCodeReported_FulfilsTheReportFromThatInstant()
    {
        var person = Person("beibei") with { HealthCode = HealthCode.Yellow, HealthCodeReported = Noon12th };
        var go = new LeaveHome(Purpose.Essential);

        Assert.NotNull(Default.Decide(person, go, Noon12th - Duration.Epsilon).Value!.FindObligation(BeibeiHealthCode.ReportDuty));
        Assert.Null(Default.Decide(person, go, Noon12th).Value!.FindObligation(BeibeiHealthCode.ReportDuty));
    }

    [Fact]
    public void Decide_MedicalTripUnderIsolation_GoesThroughTheGreenChannelUntilTheIsolationEnds()
    {
        var from = T("2022-11-12T10:00:00+08:00");
        var person = Person("beibei") with { Isolation = new Isolation(from) };
        var hospital = new Travel("shapingba", Purpose.Medical);

        var during = Default.Decide(person, hospital, Noon12th).Value!;
        var atEnd = Default.Decide(person, hospital, from + Duration.FromDays(7)).Value!;

        Assert.True(during.IsAllowed);
        Assert.True(during.HasReason(HomeIsolation.ClauseId));
        Assert.False(during.HasReason(BeibeiStayInDistrict.ClauseId));
        Assert.NotNull(during.FindObligation(HomeIsolation.GreenChannel));
        Assert.Equal(from + Duration.FromDays(7), during.ValidUntil);
        Assert.False(atEnd.IsAllowed);
        Assert.True(atEnd.HasReason(BeibeiStayInDistrict.ClauseId));
    }

    [Fact]
    public void Decide_ReportsFrom_IsInclusive()
    {
        var reportsFrom = new PolicyOptions().ReportsFrom;
        var at = T("2022-11-10T09:00:00+08:00");
        PersonFacts Reported(Instant when) => Person("jiangbei", Negative("2022-11-09T20:00:00+08:00", "2022-11-10T02:00:00+08:00")) with
        {
            Reports = [new Report("fuling", when)],
        };
        var trip = new Travel("fuling", Purpose.Essential);

        Assert.Equal(T("2022-11-09T00:00:00+08:00"), reportsFrom);
        Assert.True(Default.Decide(Reported(reportsFrom), trip, at).Value!.IsAllowed);
        Assert.False(Default.Decide(Reported(reportsFrom - Duration.Epsilon), trip, at).Value!.IsAllowed);
    }

    [Fact]
    public void Decide_TripWithArrives_CountsItsDutiesFromTheArrival()
    {
        var person = Person("yuzhong", FreshNegative) with { Reports = [new Report("hechuan", Noon12th)] };
        var arrives = T("2022-11-13T00:00:00+08:00");

        var known = Default.Decide(person, new Travel("hechuan", Purpose.Essential, arrives), Noon12th).Value!;
        var unknown = Default.Decide(person, new Travel("hechuan", Purpose.Essential), Noon12th).Value!;

        Assert.Equal(T("2022-11-14T00:00:00+08:00"), known.FindObligation(LandAndTest.LandingTest)?.Due);
        Assert.Equal(T("2022-11-16T00:00:00+08:00"), known.FindObligation(LandAndTest.SecondTest)?.Due);
        Assert.Equal(arrives, known.FindObligation(LandAndTest.StayHomeDuty)?.Opens);
        Assert.All(unknown.Obligations.Where(o => o.ClauseId == LandAndTest.ClauseId), o =>
        {
            Assert.Null(o.Opens);
            Assert.Null(o.Due);
        });
    }

    [Fact]
    public void Decide_WearMask_OnAnAllowedOutingInBeibeiOnly()
    {
        var go = new LeaveHome(Purpose.NonEssential);

        Assert.NotNull(Default.Decide(Person("beibei"), go, Noon12th).Value!.FindObligation(BeibeiMask.WearMask));
        Assert.Null(Default.Decide(Person("hechuan"), go, Noon12th).Value!.FindObligation(BeibeiMask.WearMask));
        Assert.Null(Default.Decide(Person("beibei") with { Isolation = new Isolation(Noon12th) }, go, Noon12th).Value!.FindObligation(BeibeiMask.WearMask));
    }

    [Fact]
    public void Decide_EveryReason_CarriesTheForceOfItsSentence()
    {
        var leisure = Default.Decide(Person("beibei"), new Travel("yuzhong", Purpose.NonEssential), Noon12th).Value!;
        var business = Default.Decide(Person("beibei"), new Travel("yuzhong", Purpose.Essential), Noon12th).Value!;
        var wedding = Default.Decide(Person("beibei"), new Gathering(GatheringKind.Wedding), Noon12th).Value!;

        Assert.Equal(Force.Advised, Assert.Single(leisure.Reasons).Force);
        Assert.Equal(Force.Required, Assert.Single(business.Reasons).Force);
        Assert.Equal(Force.Advised, Assert.Single(wedding.Reasons).Force);
        Assert.Empty(leisure.Advice);
    }

    [Fact]
    public void Decide_AdviceInform_ListsTheAdviceAndHoldsTheTripToTheConditions()
    {
        var ready = Person("yuzhong", FreshNegative) with { Reports = [new Report("hechuan", Noon12th)] };
        var leisure = new Travel("hechuan", Purpose.NonEssential);

        var allowed = Inform.Decide(ready, leisure, Noon12th).Value!;
        var unready = Inform.Decide(Person("yuzhong"), leisure, Noon12th).Value!;

        Assert.True(allowed.IsAllowed);
        Assert.Equal([CentralCityLeaveConditions.ClauseId], allowed.Reasons.Select(r => r.ClauseId));
        Assert.Equal([CentralCityStay.ClauseId], allowed.Advice.Select(a => a.ClauseId));
        Assert.False(unready.IsAllowed);
        Assert.Equal([RemedyKind.Report, RemedyKind.Test], unready.Remedies.Select(r => r.Kind));
    }

    [Fact]
    public void Decide_WeddingDenied_IsPostponedToThePolicysEnd_BanquetGetsNothing()
    {
        var wedding = Default.Decide(Person("beibei"), new Gathering(GatheringKind.Wedding), Noon12th).Value!;
        var banquet = Default.Decide(Person("beibei"), new Gathering(GatheringKind.Banquet), Noon12th).Value!;

        var postpone = Assert.Single(wedding.Remedies);
        Assert.Equal(RemedyKind.Postpone, postpone.Kind);
        Assert.Equal(PolicyEnd, postpone.Earliest);
        Assert.Empty(banquet.Remedies);
    }

    [Fact]
    public void Decide_PendingTestWithinTheWindow_IsAwaitedAndNamed()
    {
        var sampled = T("2022-11-12T07:00:00+08:00");
        var person = Person("yuzhong", new TestRecord(sampled, TestResult.Pending));

        var remedy = Assert.Single(Default.Decide(person, new EnterPublicPlace(), Noon12th).Value!.Remedies);

        Assert.Equal(RemedyKind.AwaitResult, remedy.Kind);
        Assert.Equal(Noon12th, remedy.Earliest);
        Assert.Contains("2022-11-12 07:00", remedy.Sentence.En, StringComparison.Ordinal);
        Assert.Contains("2022-11-12 07:00", remedy.Sentence.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SecondLandAndTestTest_CannotCountBeforeTheGap()
    {
        var first = T("2022-11-12T11:00:00+08:00");
        var person = Person("hechuan", Negative("2022-11-12T11:00:00+08:00", "2022-11-12T14:00:00+08:00")) with
        {
            Arrival = new Arrival("yuzhong", T("2022-11-12T10:00:00+08:00")),
        };

        var remedy = Assert.Single(Default.Decide(person, new LeaveHome(Purpose.Essential), T("2022-11-12T15:00:00+08:00")).Value!.Remedies);

        Assert.Equal(RemedyKind.Test, remedy.Kind);
        Assert.Equal(first + Duration.FromHours(24), remedy.Earliest);
    }

    [Fact]
    public void Decide_TestDutiesUnderIsolation_SayTheSampleIsTakenAtHome()
    {
        var isolated = Person("yuzhong") with { Isolation = new Isolation(T("2022-11-12T10:00:00+08:00")) };
        var highRisk = Person("yuzhong") with { ControlArea = new ControlArea(ControlLevel.High, T("2022-11-12T10:00:00+08:00")) };
        var free = Person("yuzhong");
        var go = new LeaveHome(Purpose.Essential);

        string Today(PersonFacts p) => Default.Decide(p, go, Noon12th).Value!.FindObligation(DailyTest.Today)!.Description.Zh;

        Assert.Contains("上门采样", Today(isolated), StringComparison.Ordinal);
        Assert.Contains("上门采样", Today(highRisk), StringComparison.Ordinal);
        Assert.DoesNotContain("上门采样", Today(free), StringComparison.Ordinal);
        Assert.Contains("上门采样", Default.Decide(isolated, go, Noon12th).Value!.FindObligation(HomeIsolation.TestDay)!.Description.Zh, StringComparison.Ordinal);
    }
}
