using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Policies;

/// <summary>The details of <c>cq.land-and-test</c> that a person at the door reads: which test the remedy asks for, the
/// duties' descriptions when the samples are taken at home (a high-risk area, up to its end exclusive), the third test
/// of 三天三检, and the name of a regime of other lengths.</summary>
public class LandAndTestDetailsTests
{
    private const string AtHomeEn = " The sample is taken at home: wait for the door-to-door sampling.";
    private const string AtHomeZh = "由工作人员上门采样，请居家等候。";

    private static readonly Evaluator ThreeTests = new(Policy.Chongqing2022, new PolicyOptions { LandAndTestCount = 3 });
    private static readonly LeaveHome Essential = new(Purpose.Essential);

    // Arrived in Hechuan from Yuzhong at 09:00 on 12 November.
    private static readonly PersonFacts Arrived = Person("hechuan") with { Arrival = new Arrival("yuzhong", T("2022-11-12T09:00:00+08:00")) };

    private static readonly TestRecord Landing = Negative("2022-11-12T10:00:00+08:00", "2022-11-12T16:00:00+08:00");
    private static readonly TestRecord Second = Negative("2022-11-13T11:00:00+08:00", "2022-11-13T17:00:00+08:00");

    public static TheoryData<string, TestRecord[], int, string> Missing => new()
    {
        { "no test yet", [], 2, "landing-test" },
        { "the landing test only, the person's first test", [Landing], 2, "second-test" },
        { "two of 三天三检", [Landing, Second], 3, "third-test" },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public void TheRemedy_NamesTheFirstTestNotYetTaken(string because, TestRecord[] tests, int count, string condition)
    {
        var evaluator = count == 3 ? ThreeTests : Default;

        var decision = evaluator.Decide(Arrived with { Tests = tests }, Essential, T("2022-11-14T12:00:00+08:00")).Value!;

        Assert.Equal(Verdict.Denied, decision.Verdict);
        var remedy = Assert.Single(decision.Remedies, r => r.ClauseId == LandAndTest.ClauseId);
        Assert.True(condition == remedy.Condition, because);
        Assert.Equal(RemedyKind.Test, remedy.Kind);
    }

    [Theory]
    [InlineData("2022-11-13T08:00:00+08:00", true)]
    [InlineData("2022-11-13T11:59:59.999999999+08:00", true)]
    [InlineData("2022-11-13T12:00:00+08:00", false)]
    [InlineData("2022-11-13T12:00:00.000000001+08:00", false)]
    public void InAHighRiskArea_TheTestsAreSampledAtHome_UntilTheAreaEnds(string at, bool atHome)
    {
        // A high-risk area from the arrival until noon on 13 November: no test taken yet, so every test duty is open.
        var person = Arrived with { ControlArea = new ControlArea(ControlLevel.High, T("2022-11-12T09:00:00+08:00"), T("2022-11-13T12:00:00+08:00")) };

        foreach (var evaluator in new[] { Default, ThreeTests })
        {
            var duties = evaluator.Decide(person, Essential, T(at)).Value!.Obligations
                .Where(o => o.ClauseId == LandAndTest.ClauseId && o.Id != $"{LandAndTest.ClauseId}/stay-home")
                .ToList();

            Assert.Equal(evaluator == ThreeTests ? 3 : 2, duties.Count);
            Assert.All(duties, o => Assert.Equal(atHome, o.Description.En.EndsWith(AtHomeEn, StringComparison.Ordinal)));
            Assert.All(duties, o => Assert.Equal(atHome, o.Description.Zh.EndsWith(AtHomeZh, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void AHighRiskAreaWithoutAnEnd_SamplesAtHome_AndAMediumOneDoesNot()
    {
        var at = T("2022-11-13T08:00:00+08:00");
        var high = Arrived with { ControlArea = new ControlArea(ControlLevel.High, T("2022-11-12T09:00:00+08:00")) };
        var medium = Arrived with { ControlArea = new ControlArea(ControlLevel.Medium, T("2022-11-12T09:00:00+08:00")) };

        Assert.All(TestDuties(Default, high, at), o => Assert.EndsWith(AtHomeEn, o.Description.En, StringComparison.Ordinal));
        Assert.All(TestDuties(Default, medium, at), o => Assert.DoesNotContain(AtHomeEn, o.Description.En, StringComparison.Ordinal));
    }

    [Fact]
    public void TheThirdTestOf3Tian3Jian_IsDescribedInBothLanguages()
    {
        var third = Assert.Single(
            ThreeTests.Decide(Arrived with { Tests = [Landing, Second] }, Essential, T("2022-11-14T12:00:00+08:00")).Value!.Obligations,
            o => o.Id == $"{LandAndTest.ClauseId}/third-test");

        Assert.Equal("Take the third test at least 24 hours after the second, within the three days.", third.Description.En);
        Assert.Equal("3天内完成第三次检测，与第二次间隔24小时以上。", third.Description.Zh);
        Assert.Equal(Second.Sampled + Duration.FromHours(24), third.Opens);
    }

    [Theory]
    [InlineData(4, 2, "land-and-test (2 tests in 4 days)", "4天2检")]
    [InlineData(5, 3, "land-and-test (3 tests in 5 days)", "5天3检")]
    public void ARegimeOfOtherLengths_IsNamedByItsCountAndDays(int days, int count, string en, string zh)
    {
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions { LandAndTestDays = days, LandAndTestCount = count });

        var duties = TestDuties(evaluator, Arrived, T("2022-11-13T10:00:00+08:00"));

        Assert.NotEmpty(duties);
        Assert.All(duties, o => Assert.Equal((en, zh, 2), (o.Regime!.En, o.Regime.Zh, o.Day!.Value)));
    }

    private static List<Obligation> TestDuties(Evaluator evaluator, PersonFacts person, Instant at) =>
        [.. evaluator.Decide(person, Essential, at).Value!.Obligations.Where(o => o.ClauseId == LandAndTest.ClauseId && !o.Id.EndsWith("/stay-home", StringComparison.Ordinal))];
}
