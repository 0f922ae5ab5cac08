using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.symptoms</c>: symptoms send you to a fever clinic.</summary>
/// <remarks>For a person in Beibei, any symptom or a temperature at or above <c>fever-threshold</c> gives
/// <c>beibei.symptoms/fever-clinic</c>, and entering a public place is denied. Force: required (an interpretation: the
/// letter's 及时前往 reads as a directive, and its effect on a verdict, closing public places, is the city's 测温 check
/// applied to a person with symptoms).</remarks>
public sealed class BeibeiSymptoms : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.symptoms";

    /// <summary>Go to the nearest fever clinic.</summary>
    public const string FeverClinic = ClauseId + "/fever-clinic";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 七",
        "如出现发热、咳嗽、乏力、嗅味觉减退等不适症状,及时前往就近的发热门诊就诊",
        new LocalizedText(
            "Whoever has fever, cough, fatigue or a loss of smell or taste goes promptly to the nearest fever clinic.",
            "如出现发热、咳嗽、乏力、嗅味觉减退等症状，及时前往就近的发热门诊就诊。"));

    /// <summary>Condition: no symptom and no fever (fact: the symptoms, or the temperature read).</summary>
    public const string NoSymptoms = "no-symptoms";

    private static readonly Duty ClinicObligation = new(FeverClinic, new(
        "Go promptly to the nearest fever clinic.",
        "及时前往就近的发热门诊就诊。"));

    internal BeibeiSymptoms()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["fever-threshold"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [FeverClinic];

    /// <inheritdoc/>
    /// <remarks><c>no-symptoms</c> (unmet when it denies a public place; fact: the symptoms, or the temperature).</remarks>
    public override IReadOnlyList<string> ConditionIds => [NoSymptoms];

    /// <inheritdoc/>
    public override ConditionOutcomes ListedOutcomes(string conditionId) => ConditionOutcomes.Unmet;

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.HomeGoverned);

    /// <inheritdoc/>
    /// <remarks>It decides only whether the person may enter a public place.</remarks>
    public override Reach Decides => Reach.When(Situation.EnterPublicPlace | Situation.HomeGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states that the person lives in Beibei: the engine calls it nowhere else.
        var facts = context.Facts;
        if ((!facts.HasSymptoms && !(facts.Temperature >= context.Options.FeverThreshold)))
        {
            return;
        }

        outcome.Set(context.Question is EnterPublicPlace ? Effect.Denies : Effect.Silent)
            .Oblige(ClinicObligation, null, null, startedByQuestion: false);
        if (outcome.RecordDetails)
        {
            outcome.Condition(NoSymptoms, false, facts.HasSymptoms
                ? new ValueFact("symptoms", string.Join(", ", facts.Person.Symptoms.Select(PolicyTerms.Of)))
                : new ValueFact("temperature", facts.Temperature!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
