using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.infected</c>: a person with a positive result known at <c>at</c> is under centralised treatment.</summary>
/// <remarks>Every question is denied with this clause first among the reasons; no obligation or remedy is listed. A
/// positive result that comes out after <c>at</c> is not known yet (the test is pending). Force: required.</remarks>
public sealed class Infected : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.infected";

    private static readonly Citation Cited = new(
        [Sources.Cq136],
        "CQ-136 第一部分第3段",
        "现有感染者均在定点医疗机构进行集中隔离治疗和隔离医学观察",
        new LocalizedText(
            "A person with a positive result is treated and observed in a designated hospital: they may not travel, go out, enter public places or gather.",
            "核酸检测结果为阳性的感染者在定点医疗机构集中隔离治疗和医学观察，不得出行、外出、进入公共场所或参加聚集活动。"));

    internal Infected()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <summary>No positive result is known (fact: the positive test).</summary>
    public const string NoPositiveResult = "no-positive-result";

    /// <inheritdoc/>
    /// <remarks><c>no-positive-result</c> (unmet; fact: the positive test).</remarks>
    public override IReadOnlyList<string> ConditionIds => [NoPositiveResult];

    /// <inheritdoc/>
    public override ConditionOutcomes ListedOutcomes(string conditionId) => ConditionOutcomes.Unmet;

    /// <inheritdoc/>
    /// <remarks>Only a known positive result.</remarks>
    public override Reach Reach => Reach.When(Situation.Positive);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        foreach (ref readonly var test in context.Facts.Tests)
        {
            if (test.Result == TestResult.Positive)
            {
                outcome.Set(Effect.Supersedes);
                if (outcome.RecordDetails)
                {
                    outcome.Condition(NoPositiveResult, false, new TestFact(context.Facts.GivenTest(test.Source), TestStanding.Positive));
                }

                return;
            }
        }
    }
}
