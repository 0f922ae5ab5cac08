using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Scenarios;

/// <summary>People followed through several days: decisions, obligations and valid-until at several instants, and the
/// timeline over the whole span.</summary>
public class ScenarioTests
{
    private static readonly Evaluator Rules = new(Policy.Chongqing2022, new PolicyOptions());

    [Fact]
    public void CentralCityResident_TravelsToHechuanAndCompletesLandAndTest()
    {
        // Wang lives in Jiangbei, tests on the 11th, reports to Hechuan on the 12th, sets off at 09:00 and expects to
        // arrive at 11:00: the duties the trip starts count from the arrival.
        var departure = T("2022-11-12T09:00:00+08:00");
        var arrival = T("2022-11-12T11:00:00+08:00");
        var atHome = new PersonFacts
        {
            Region = "jiangbei",
            Tests = [Negative("2022-11-11T08:00:00+08:00", "2022-11-11T15:00:00+08:00")],
            Reports = [new Report("hechuan", T("2022-11-12T08:00:00+08:00"))],
        };

        var trip = Rules.Decide(atHome, new Travel("hechuan", Purpose.Essential, arrival), departure).Value!;
        Assert.Equal(Verdict.Allowed, trip.Verdict);
        Assert.Equal([CentralCityLeaveConditions.ClauseId], trip.Reasons.Select(r => r.ClauseId));
        Assert.Equal(T("2022-11-13T08:00:00+08:00"), trip.ValidUntil);
        Assert.Equal(T("2022-11-13T00:00:00+08:00"), trip.FindObligation(LandAndTest.LandingTest)?.Due);
        Assert.Null(trip.FindObligation(LandAndTest.SecondTest)?.Opens);

        // In Hechuan: the landing test at 12:00, the second at 12:30 next day, its result at 20:00.
        var inHechuan = new PersonFacts
        {
            Region = "hechuan",
            Arrival = new Arrival("jiangbei", arrival),
            Tests =
            [
                .. atHome.Tests,
                Negative("2022-11-12T12:00:00+08:00", "2022-11-12T19:00:00+08:00"),
                Negative("2022-11-13T12:30:00+08:00", "2022-11-13T20:00:00+08:00"),
            ],
            Reports = atHome.Reports,
        };
        var goOut = new LeaveHome(Purpose.Essential);

        var landed = Rules.Decide(inHechuan, goOut, arrival).Value!;
        Assert.Equal(Verdict.Denied, landed.Verdict);
        Assert.Equal([LandAndTest.LandingTest, LandAndTest.SecondTest, LandAndTest.StayHomeDuty], landed.Obligations.Select(o => o.Id));
        Assert.Equal(PolicyEnd, landed.ValidUntil);

        var afterLandingTest = Rules.Decide(inHechuan, goOut, T("2022-11-13T09:00:00+08:00")).Value!;
        Assert.Equal(Verdict.Denied, afterLandingTest.Verdict);
        Assert.Null(afterLandingTest.FindObligation(LandAndTest.LandingTest));
        Assert.Equal(T("2022-11-13T12:00:00+08:00"), afterLandingTest.FindObligation(LandAndTest.SecondTest)?.Opens);

        var waitingForResult = Rules.Decide(inHechuan, goOut, T("2022-11-13T19:00:00+08:00")).Value!;
        Assert.Equal(Verdict.Denied, waitingForResult.Verdict);
        Assert.Equal([LandAndTest.StayHomeDuty], waitingForResult.Obligations.Select(o => o.Id));

        var free = Rules.Decide(inHechuan, goOut, T("2022-11-13T20:00:00+08:00")).Value!;
        Assert.Equal(Verdict.Allowed, free.Verdict);
        Assert.Empty(free.Obligations);
        Assert.Null(free.ValidUntil);

        var timeline = Rules.Timeline(inHechuan, goOut, arrival, T("2022-11-15T12:00:00+08:00")).Value!;
        Assert.Collection(
            timeline.Segments,
            s => Assert.Equal((Verdict.Denied, arrival, T("2022-11-13T20:00:00+08:00")), (s.Verdict, s.From, s.Until)),
            s => Assert.Equal(Verdict.Allowed, s.Verdict));
    }

    [Fact]
    public void BeibeiResident_TripsToYuzhongAndHechuan()
    {
        var person = new PersonFacts
        {
            Region = "beibei",
            Tests = [Negative("2022-11-11T07:30:00+08:00", "2022-11-11T13:00:00+08:00")],
            Reports = [new Report("yuzhong", T("2022-11-11T20:00:00+08:00"))],
        };
        var toYuzhong = new Travel("yuzhong", Purpose.Essential);

        var beforeReport = Rules.Decide(person, toYuzhong, T("2022-11-11T19:00:00+08:00")).Value!;
        Assert.Equal(Verdict.Denied, beforeReport.Verdict);
        Assert.Equal([RemedyKind.Report], beforeReport.Remedies.Select(r => r.Kind));

        var afterReport = Rules.Decide(person, toYuzhong, T("2022-11-12T07:00:00+08:00")).Value!;
        Assert.Equal([CentralCityZone.ClauseId, BeibeiStayInDistrict.ClauseId], afterReport.Reasons.Select(r => r.ClauseId));
        Assert.Equal(T("2022-11-13T07:30:00+08:00"), afterReport.ValidUntil);
        Assert.True(afterReport.ValidUntilIncluded);

        var proofExpired = Rules.Decide(person, toYuzhong, T("2022-11-13T07:31:00+08:00")).Value!;
        Assert.Equal(Verdict.Denied, proofExpired.Verdict);
        Assert.Equal([RemedyKind.Test], proofExpired.Remedies.Select(r => r.Kind));

        var leisureToHechuan = Rules.Decide(person, new Travel("hechuan", Purpose.NonEssential), T("2022-11-12T07:00:00+08:00")).Value!;
        Assert.Equal([CentralCityStay.ClauseId, BeibeiStayInDistrict.ClauseId], leisureToHechuan.Reasons.Select(r => r.ClauseId));
        Assert.Equal([RemedyKind.EssentialPurpose, RemedyKind.Report], leisureToHechuan.Remedies.Select(r => r.Kind));

        var timeline = Rules.Timeline(person, toYuzhong, T("2022-11-11T00:00:00+08:00"), T("2022-11-14T00:00:00+08:00")).Value!;
        Assert.Equal(
            [Verdict.Denied, Verdict.Allowed, Verdict.Denied],
            timeline.Segments.Select(s => s.Verdict));
        Assert.Equal(T("2022-11-11T20:00:00+08:00"), timeline.Segments[1].From);
        Assert.Equal(T("2022-11-13T07:30:00+08:00"), timeline.Segments[1].Until);
    }

    [Fact]
    public void HomeIsolation_FromStartToEnd()
    {
        var person = new PersonFacts
        {
            Region = "shapingba",
            Isolation = new Isolation(T("2022-11-14T18:00:00+08:00"), LivesAlone: false),
            Tests = [TestRecord.Pending(T("2022-11-17T09:00:00+08:00"))],
        };
        var goOut = new LeaveHome(Purpose.Essential);
        var end = T("2022-11-21T18:00:00+08:00");

        var dayOne = Rules.Decide(person, goOut, T("2022-11-14T20:00:00+08:00")).Value!;
        Assert.Equal(Verdict.Denied, dayOne.Verdict);
        Assert.Equal(end, dayOne.ValidUntil);
        Assert.Equal(RemedyKind.Wait, Assert.Single(dayOne.Remedies).Kind);
        Assert.Equal(end, dayOne.Remedies[0].Earliest);
        Assert.Equal(
            [DailyTest.Today, HomeIsolation.StayHomeDuty, HomeIsolation.Temperature, HomeIsolation.LiveAlone, HomeIsolation.TestDay],
            dayOne.Obligations.Select(o => o.Id));
        Assert.Equal(T("2022-11-14T18:00:00+08:00"), dayOne.FindObligation(HomeIsolation.TestDay)?.Opens);

        var dayFourTested = Rules.Decide(person, goOut, T("2022-11-17T10:00:00+08:00")).Value!;
        Assert.Null(dayFourTested.FindObligation(HomeIsolation.TestDay));
        Assert.Null(dayFourTested.FindObligation(DailyTest.Today));

        var doctor = Rules.Decide(person, new LeaveHome(Purpose.Medical), T("2022-11-18T10:00:00+08:00")).Value!;
        Assert.Equal(Verdict.Allowed, doctor.Verdict);
        Assert.NotNull(doctor.FindObligation(HomeIsolation.GreenChannel));

        var over = Rules.Decide(person, goOut, end).Value!;
        Assert.Equal(Verdict.Allowed, over.Verdict);
        Assert.Null(over.FindObligation(HomeIsolation.StayHomeDuty));

        var timeline = Rules.Timeline(person, goOut, T("2022-11-14T00:00:00+08:00"), T("2022-11-23T00:00:00+08:00")).Value!;
        Assert.Equal([Verdict.Allowed, Verdict.Denied, Verdict.Allowed], timeline.Segments.Select(s => s.Verdict));
        Assert.Equal((end, false), (timeline.Segments[1].Until, timeline.Segments[1].UntilIncluded));
    }

    [Fact]
    public void HighRiskArea_IsLifted()
    {
        var lifted = T("2022-11-20T00:00:00+08:00");
        var person = new PersonFacts
        {
            Region = "jiulongpo",
            ControlArea = new ControlArea(ControlLevel.High, T("2022-11-08T00:00:00+08:00"), lifted),
            Tests = [Negative("2022-11-19T08:00:00+08:00", "2022-11-19T16:00:00+08:00")],
        };
        var market = new EnterPublicPlace(Kind: PlaceKind.Market);

        var during = Rules.Decide(person, market, T("2022-11-19T18:00:00+08:00")).Value!;
        Assert.Equal([ControlAreas.ClauseId], during.Reasons.Select(r => r.ClauseId));
        Assert.Equal(lifted, during.ValidUntil);
        Assert.False(during.ValidUntilIncluded);
        Assert.Equal(lifted, Assert.Single(during.Remedies).Earliest);
        Assert.Equal(lifted, during.FindObligation(ControlAreas.StayHomeDuty)?.Due);

        var justBefore = Rules.Decide(person, market, lifted - Duration.FromSeconds(1)).Value!;
        Assert.Equal(Verdict.Denied, justBefore.Verdict);

        var after = Rules.Decide(person, market, lifted).Value!;
        Assert.Equal(Verdict.Allowed, after.Verdict);
        Assert.Equal([PublicPlaces.ClauseId], after.Reasons.Select(r => r.ClauseId));
        Assert.Equal(T("2022-11-21T08:00:00+08:00"), after.ValidUntil);

        var timeline = Rules.Timeline(person, market, T("2022-11-19T16:00:00+08:00"), T("2022-11-22T00:00:00+08:00")).Value!;
        Assert.Equal(
            [(Verdict.Denied, "cq.control-areas"), (Verdict.Allowed, "cq.public-places"), (Verdict.Denied, "cq.public-places")],
            timeline.Segments.Select(s => (s.Verdict, string.Join(",", s.Reasons))));
    }
}
