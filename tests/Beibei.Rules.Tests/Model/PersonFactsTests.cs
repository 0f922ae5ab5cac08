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
        Assert.True(new Evaluator().Decide(person, trip, at).Value!.IsAllowed);

        tests.Clear();
        reports.Clear();
        symptoms.Add(Symptom.Fever);

        Assert.Equal([Fresh], person.Tests);
        Assert.Equal([ToFuling], person.Reports);
        Assert.Empty(person.Symptoms);
        Assert.True(new Evaluator().Decide(person, trip, at).Value!.IsAllowed);
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
    }

    [Fact]
    public void NullList_StaysNull_AndIsAnInputError()
    {
        var person = new PersonFacts { Region = "jiangbei", Tests = null! };

        Assert.Null(person.Tests);
        var result = new Evaluator().Decide(person, new LeaveHome(Purpose.Essential), Noon12th);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Field == "person.tests" && e.Code == "key.missing");
    }
}
