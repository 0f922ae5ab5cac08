using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Policies;

/// <summary>A duty that doing what was asked would start (the mask in a public place) is listed only when the decision
/// allows it; a duty the person already has (reporting an exposure in Beibei) is listed whatever the verdict. Each is
/// shown allowed and denied, the denial coming from another clause that does not supersede every duty (as an infection
/// would), so that only the duty's own kind decides whether it is listed.</summary>
public class DutiesOfTheQuestionTests
{
    private static readonly Instant At = Noon12th;

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void TheMaskInAPublicPlace_IsListedOnlyWhenThePlaceMayBeEntered(bool arrivedYesterday, bool listed)
    {
        // Arrived from the central city the day before with no test yet: cq.land-and-test keeps the person at home.
        var person = Person("hechuan") with
        {
            HealthCode = HealthCode.Green,
            Temperature = 36.5m,
            Arrival = arrivedYesterday ? new Arrival("yuzhong", At - Duration.FromHours(20)) : null,
        };

        var decision = Default.Decide(person, new EnterPublicPlace(), At).Value!;

        Assert.Equal(listed ? Verdict.Allowed : Verdict.Denied, decision.Verdict);
        Assert.Equal(listed, decision.Obligations.Any(o => o.Id == PublicPlaces.MaskAndDistance));
    }

    [Theory]
    [InlineData(false, Verdict.Allowed)]
    [InlineData(true, Verdict.Denied)]
    public void AnExposureNotYetReportedInBeibei_IsADutyWhateverTheVerdict(bool leaveTheCentralCity, Verdict verdict)
    {
        // Going out on an errand is allowed; a non-essential trip out of the central city is denied by a clause that, unlike
        // an infection, does not supersede every duty.
        var person = Person("beibei") with { Exposure = new Exposure(At - Duration.FromHours(3)) };
        Question question = leaveTheCentralCity ? new Travel("hechuan", Purpose.NonEssential) : new LeaveHome(Purpose.Essential);

        var decision = Default.Decide(person, question, At).Value!;

        Assert.Equal(verdict, decision.Verdict);
        var duty = Assert.Single(decision.Obligations, o => o.Id == BeibeiArrivalReport.ExposureReport);
        Assert.Equal(At - Duration.FromHours(3), duty.Due);
    }

    [Theory]
    [InlineData("2022-11-09T23:59:59.999999999+08:00", false)]
    [InlineData("2022-11-10T00:00:00+08:00", true)]
    [InlineData("2022-11-10T00:00:00.000000001+08:00", true)]
    public void AnExposureNoticedBeforeThePolicyCameIntoForce_IsNoDutyOfIt(string noticed, bool listed)
    {
        var person = Person("beibei") with { Exposure = new Exposure(T(noticed)) };

        var decision = Default.Decide(person, new LeaveHome(Purpose.Essential), At).Value!;

        Assert.Equal(listed, decision.Obligations.Any(o => o.Id == BeibeiArrivalReport.ExposureReport));
    }
}
