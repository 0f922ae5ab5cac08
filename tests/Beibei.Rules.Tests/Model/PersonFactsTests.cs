using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Model;

public class PersonFactsTests
{
    private static readonly TestRecord Fresh = Negative("2022-11-11T09:00:00+08:00", "2022-11-11T15:00:00+08:00");
    private static readonly Report ToFuling = new("fuling", T("2022-11-11T20:00:00+08:00"));

    [Fact]
    public void Lists_AreCopied_SoChangingTheCallersListLaterChangesNeitherTheFactsNorTheDecision()
    {
        var tests = new List<TestRecord> { Fresh };
        var reports = new List<Report> { ToFuling };
        var symptoms = new List<Symptom>();
        var person = new PersonFacts { Region = "jiangbei", Tests = tests, Reports = reports, Symptoms = symptoms };
        var trip = new Travel("fuling", Purpose.Essential);
        var at = T("2022-11-12T09:00:00+08:00");
        Assert.True(new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(person, trip, at).Value!.IsAllowed);

        tests.Clear();
        reports.Clear();
        symptoms.Add(Symptom.Fever);

        Assert.Equal([Fresh], person.Tests);
        Assert.Equal([ToFuling], person.Reports);
        Assert.Empty(person.Symptoms);
        Assert.True(new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(person, trip, at).Value!.IsAllowed);
    }

    [Fact]
    public void Equality_ComparesTheListsElementByElement()
    {
        var one = new PersonFacts { Region = "jiangbei", Tests = [Fresh], Reports = [ToFuling], Symptoms = [Symptom.Cough] };
        var same = new PersonFacts { Region = "jiangbei", Tests = new List<TestRecord> { Fresh }, Reports = [ToFuling with { }], Symptoms = [Symptom.Cough] };

        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, same with { Tests = [Fresh, Fresh] });
        Assert.NotEqual(one, same with { Reports = [] });
        Assert.NotEqual(one, same with { Symptoms = [Symptom.Fever] });
        Assert.NotEqual(one, same with { Region = "yubei" });
        Assert.NotEqual(one, same with { Tests = null! });
        Assert.Equal(one with { Tests = null! }, same with { Tests = null! });
        Assert.NotEqual(one with { Tests = [] }, one with { Tests = null! });
        Assert.NotEqual(one with { Reports = null! }, one with { Reports = [] });
    }

    [Fact]
    public void HashCode_DiffersWhenAnyOneFactDiffers()
    {
        // Hash codes are seeded per process, so two different facts collide by chance about once in 2^32 runs.
        var one = new PersonFacts
        {
            Region = "jiangbei",
            Tests = [Fresh],
            Arrival = new Arrival("yubei", T("2022-11-10T10:00:00+08:00")),
            Reports = [ToFuling],
            HealthCode = HealthCode.Green,
            Temperature = 36.5m,
            Symptoms = [Symptom.Cough],
            Isolation = new Isolation(T("2022-11-09T10:00:00+08:00")),
            ControlArea = new ControlArea(ControlLevel.Temporary, T("2022-11-09T10:00:00+08:00")),
            HealthCodeReported = T("2022-11-09T11:00:00+08:00"),
            Exposure = new Exposure(T("2022-11-09T12:00:00+08:00")),
        };
        PersonFacts[] others =
        [
            one with { HealthCodeReported = null },
            one with { Exposure = null },
            one with { Region = "yubei" },
            one with { Tests = [] },
            one with { Tests = [Fresh with { Result = TestResult.Positive }] },
            one with { Arrival = null },
            one with { Reports = [] },
            one with { Reports = [ToFuling with { To = "yubei" }] },
            one with { HealthCode = HealthCode.Yellow },
            one with { Temperature = 37.5m },
            one with { Symptoms = [Symptom.Fever] },
            one with { Isolation = null },
            one with { ControlArea = null },
        ];

        Assert.All(others, other => Assert.NotEqual(one.GetHashCode(), other.GetHashCode()));
        Assert.NotEqual((one with { Tests = [] }).GetHashCode(), (one with { Tests = null! }).GetHashCode());
    }

    [Theory]
    [InlineData("tests")]
    [InlineData("reports")]
    [InlineData("symptoms")]
    public void NullList_StaysNull_AndIsAnInputError_ForTheVerdictToo(string list)
    {
        var person = list switch
        {
            "tests" => new PersonFacts { Region = "jiangbei", Tests = null! },
            "reports" => new PersonFacts { Region = "jiangbei", Reports = null! },
            _ => new PersonFacts { Region = "jiangbei", Symptoms = null! },
        };

        Assert.Null(list switch { "tests" => person.Tests, "reports" => person.Reports, _ => (object)person.Symptoms });
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions());
        var result = evaluator.Decide(person, new LeaveHome(Purpose.Essential), Noon12th);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Field == "person." + list && e.Code == "key.missing");
        Assert.False(evaluator.TryDecideVerdict(person, new LeaveHome(Purpose.Essential), Noon12th, out _));
    }
}
