using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Policies;

/// <summary>What <c>beibei.symptoms</c> shows a person turned away from a public place in Beibei: the symptoms given, in
/// their public words and order, or the temperature read when there are none (a fever at or above the threshold).</summary>
public class SymptomsFactTests
{

    public static TheoryData<Symptom[], decimal?, string, string> Facts => new()
    {
        { [Symptom.Cough], null, "symptoms", "cough" },
        { [Symptom.SmellTasteLoss, Symptom.Fever], 36.5m, "symptoms", "smell-taste-loss, fever" },
        { [], 37.3m, "temperature", "37.3" },
        { [], 38.25m, "temperature", "38.25" },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void TheNoSymptomsCondition_IsUnmet_OnTheSymptomsElseOnTheTemperature(Symptom[] symptoms, decimal? temperature, string name, string value)
    {
        var person = Person("beibei") with { Symptoms = symptoms, Temperature = temperature };

        var decision = Default.Decide(person, new EnterPublicPlace(), Noon12th).Value!;

        Assert.Equal(Verdict.Denied, decision.Verdict);
        var condition = Assert.Single(decision.Reasons.Single(r => r.ClauseId == BeibeiSymptoms.ClauseId).Conditions);
        Assert.Equal((BeibeiSymptoms.NoSymptoms, false), (condition.Id, condition.Met));
        Assert.Equal(new ValueFact(name, value), condition.Fact);
    }

    [Fact]
    public void JustBelowTheThreshold_WithoutSymptoms_TheClauseIsNoReason()
    {
        var decision = Default.Decide(Person("beibei") with { Temperature = 37.29m }, new EnterPublicPlace(), Noon12th).Value!;

        Assert.DoesNotContain(decision.Reasons, r => r.ClauseId == BeibeiSymptoms.ClauseId);
    }
}
