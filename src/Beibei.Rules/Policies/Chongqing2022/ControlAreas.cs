using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.control-areas</c>: obey the controls of high-risk, medium-risk and temporary control areas.</summary>
/// <remarks>
/// <para>Applies while <c>from &lt;= at &lt; until</c> (half-open; without <c>until</c> the end is not known).</para>
/// <para><c>high</c> (NHC-9 "足不出户、上门服务"): going out and travel denied unless for medical care (allowed, with no
/// further duty); public places and gatherings denied; standing duty <c>cq.control-areas/stay-home</c>.</para>
/// <para><c>medium</c> and <c>temporary</c> (NHC-9 "人不出区、错峰取物"; Chongqing managed 临时管控区 like medium-risk
/// areas): travel denied unless medical; public places and gatherings denied; going out allowed (the clause is no reason
/// for it); standing duty <c>cq.control-areas/stay-in-area</c>.</para>
/// <para>Force: required (服从).</para>
/// </remarks>
public sealed class ControlAreas : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.control-areas";

    /// <summary>High-risk area: do not leave home.</summary>
    public const string StayHomeDuty = ClauseId + "/stay-home";

    /// <summary>Medium-risk or temporary control area: do not leave the area.</summary>
    public const string StayInArea = ClauseId + "/stay-in-area";

    private static readonly Citation Cited = new(
        [Sources.Cq136, Sources.Nhc9],
        "CQ-136 第三部分第4、5段",
        "服从管控区和高风险区等管控措施",
        new LocalizedText(
            "Obey the measures of control areas: in a high-risk area stay home; in a medium-risk or temporary control area stay inside the area.",
            "服从管控区和高风险区等管控措施：高风险区足不出户，中风险区及临时管控区人不出区。"));

    // What a denial waits for: the lifting of the control, whose instant the remedy carries.
    private static readonly LocalizedText WaitForTheLifting = new("Wait until the control area is lifted.", "等待所在管控区解除管控。");

    /// <summary>Condition: the control has been lifted (fact: the control area's period).</summary>
    public const string ControlLifted = "control-lifted";

    private static readonly Duty StayHomeObligation = new(StayHomeDuty, new("Stay at home; services come to the door.", "足不出户，上门服务。"));

    private static readonly Duty StayInAreaObligation = new(StayInArea, new("Stay inside the area; fetch goods at staggered times.", "人不出区，错峰取物。"));

    internal ControlAreas()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [StayHomeDuty, StayInArea];

    /// <inheritdoc/>
    /// <remarks><c>control-lifted</c> (unmet while it holds; fact: its period) and <c>excepted-purpose</c> (met for medical
    /// care, and for going out of a medium-risk or temporary area; fact: the purpose or the question).</remarks>
    public override IReadOnlyList<string> ConditionIds => [ControlLifted, CommonConditions.ExceptedPurpose];

    /// <inheritdoc/>
    /// <remarks>Its condition that the clause exists to deny on is listed only unmet: once it is met, the clause is no reason.</remarks>
    public override ConditionOutcomes ListedOutcomes(string conditionId) =>
        conditionId == ControlLifted ? ConditionOutcomes.Unmet : ConditionOutcomes.Either;

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Wait];

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.ControlArea);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.Facts.ControlArea is not { } area || context.At >= area.Until)
        {
            return;
        }

        var high = area.Level == ControlLevel.High;
        var leaveHome = high ? StayHome.Purposes.Medical : StayHome.Purposes.Any;
        var effect = StayHome.On(context.Question, leaveHome, StayHome.Purposes.Medical);
        outcome.Set(effect).Oblige(high ? StayHomeObligation : StayInAreaObligation, area.From, area.Until, startedByQuestion: false);
        if (outcome.RecordDetails)
        {
            outcome.Condition(ControlLifted, false, new PeriodFact("control-area", area.From, area.Until));
            StayHome.Condition(outcome, context.Question, effect);
        }

        if (area.Until is { } until)
        {
            outcome.ChangesAt(until);
            if (effect == Effect.Denies)
            {
                outcome.Add(RemedyKind.Wait, until, ControlLifted, WaitForTheLifting);
            }
        }
    }
}
