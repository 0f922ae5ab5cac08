using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Policies;

/// <summary>The day of a regime that a duty names (3天2检第2天, 隔离第7天): day 1 is the regime's first local date, the
/// number turns at the local midnight, and a duty of no counted regime, or one a trip would start, names no day.</summary>
public class RegimeDayTests
{
    private static readonly LeaveHome Essential = new(Purpose.Essential);

    // Arrived in Hechuan from Yuzhong at 09:00 on 12 November: 12 November is day 1, 14 November day 3.
    private static readonly PersonFacts Arrived = Person("hechuan") with { Arrival = new Arrival("yuzhong", T("2022-11-12T09:00:00+08:00")) };

    [Theory]
    [InlineData("2022-11-12T09:00:00+08:00", 1)]
    [InlineData("2022-11-12T23:59:59+08:00", 1)]
    [InlineData("2022-11-13T00:00:00+08:00", 2)]
    [InlineData("2022-11-14T23:59:59+08:00", 3)]
    [InlineData("2022-11-15T00:00:00+08:00", null)]
    public void LandAndTest_NamesTheDayOfTheThreeDays_InsideTheWindowOnly(string at, int? day)
    {
        var duties = Default.Decide(Arrived, Essential, T(at)).Value!.Obligations.Where(o => o.ClauseId == LandAndTest.ClauseId).ToList();

        Assert.NotEmpty(duties);
        Assert.All(duties, o => Assert.Equal(day, o.Day));
        Assert.All(duties, o => Assert.Equal(day is null ? null : "3天2检", o.Regime?.Zh));
    }

    [Fact]
    public void LandAndTest_DayOneNext_CountsTheArrivalDateAsNoDay_AndTheNextAsDayOne()
    {
        var next = new Evaluator(Policy.Chongqing2022, new PolicyOptions { DayOne = DayOne.Next });

        Assert.All(LandAndTestDuties(next, "2022-11-12T20:00:00+08:00"), o => Assert.Null(o.Day));
        Assert.All(LandAndTestDuties(next, "2022-11-13T00:00:00+08:00"), o => Assert.Equal(1, o.Day));
    }

    [Fact]
    public void LandAndTest_ThreeTests_IsNamed3Tian3Jian()
    {
        var three = new Evaluator(Policy.Chongqing2022, new PolicyOptions { LandAndTestCount = 3 });

        Assert.All(LandAndTestDuties(three, "2022-11-13T10:00:00+08:00"), o => Assert.Equal(("3天3检", 2), (o.Regime!.Zh, o.Day!.Value)));
    }

    [Fact]
    public void ATripThatWouldStartTheRegime_NamesNoDay()
    {
        var trip = new Travel("hechuan", Purpose.Essential) { Arrives = T("2022-11-12T11:00:00+08:00") };
        var person = Person("yuzhong", Negative("2022-11-11T12:00:00+08:00", "2022-11-11T18:00:00+08:00")) with
        {
            Reports = [new Report("hechuan", T("2022-11-11T20:00:00+08:00"))],
        };

        var decision = Default.Decide(person, trip, T("2022-11-12T09:00:00+08:00")).Value!;

        Assert.True(decision.IsAllowed);
        var duties = decision.Obligations.Where(o => o.ClauseId == LandAndTest.ClauseId).ToList();
        Assert.NotEmpty(duties);
        Assert.All(duties, o => Assert.Null(o.Day));
    }

    [Theory]
    [InlineData("2022-11-12T10:00:00+08:00", 1)]
    [InlineData("2022-11-17T23:59:59+08:00", 6)]
    [InlineData("2022-11-18T00:00:00+08:00", 7)]
    [InlineData("2022-11-19T09:59:59+08:00", 8)]
    public void HomeIsolation_NamesTheDayOfTheIsolation_OnEveryDutyOfIt(string at, int day)
    {
        var person = Person("shapingba") with { Isolation = new Isolation(T("2022-11-12T10:00:00+08:00")) };

        var decision = Default.Decide(person, Essential, T(at)).Value!;

        var duties = decision.Obligations.Where(o => o.ClauseId == HomeIsolation.ClauseId).ToList();
        Assert.NotEmpty(duties);
        Assert.All(duties, o => Assert.Equal((day, "隔离", "home isolation"), (o.Day!.Value, o.Regime!.Zh, o.Regime.En)));
        Assert.All(decision.Obligations.Where(o => o.ClauseId != HomeIsolation.ClauseId), o => Assert.Null(o.Day));
        Assert.Equal(day is 1 or 7, decision.FindObligation(HomeIsolation.TestDay) is not null);
    }

    [Fact]
    public void AnIsolationDenial_WaitsForTheEndOfTheIsolation_AndSaysSo()
    {
        var person = Person("shapingba") with { Isolation = new Isolation(T("2022-11-12T10:00:00+08:00")) };

        var remedy = Assert.Single(Default.Decide(person, Essential, T("2022-11-13T10:00:00+08:00")).Value!.Remedies);

        Assert.Equal((RemedyKind.Wait, T("2022-11-19T10:00:00+08:00"), "isolation-ended"), (remedy.Kind, remedy.Earliest, remedy.Condition));
        Assert.Equal("等待居家隔离期满。", remedy.Sentence.Zh);
        Assert.Equal("Wait until the home isolation ends.", remedy.Sentence.En);
    }

    [Fact]
    public void TheDay_IsNotPartOfTheJson()
    {
        var decision = Default.Decide(Arrived, Essential, T("2022-11-13T10:00:00+08:00")).Value!;

        Assert.Contains(decision.Obligations, o => o.Day == 2);
        Assert.DoesNotContain("\"day\"", Beibei.Rules.Serialization.BeibeiRulesJson.Serialize(decision), StringComparison.Ordinal);
    }

    private static IEnumerable<Obligation> LandAndTestDuties(Evaluator evaluator, string at)
    {
        var duties = evaluator.Decide(Arrived, Essential, T(at)).Value!.Obligations.Where(o => o.ClauseId == LandAndTest.ClauseId).ToList();
        Assert.NotEmpty(duties);
        return duties;
    }
}
