using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.health-code</c>: an abnormal health code must be reported.</summary>
/// <remarks>A person in Beibei with a yellow or red code has <c>beibei.health-code/report</c> (no due instant: "及时"),
/// until a <c>health-code-reported</c> at or before <c>at</c> fulfils it. The clause never changes a verdict. Force:
/// required (the letter restates the city's requirement to report).</remarks>
public sealed class BeibeiHealthCode : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.health-code";

    /// <summary>Report the abnormal code.</summary>
    public const string ReportDuty = ClauseId + "/report";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 六",
        "随时查看本人健康码,如有异常,及时向村(社区)、单位报告",
        new LocalizedText(
            "Check your health code; if it is abnormal, report promptly to your village, community or unit.",
            "随时查看本人健康码，如有异常，及时向村（社区）、单位报告。"));

    private static readonly Duty ReportObligation = new(ReportDuty, new(
        "Report your abnormal health code to your village, community or unit.",
        "及时向村（社区）、单位报告健康码异常。"));

    internal BeibeiHealthCode()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [ReportDuty];

    /// <inheritdoc/>
    public override Reach Decides => Reach.Nowhere;

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.HomeGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states that the person lives in Beibei: the engine calls it nowhere else.
        if (context.Facts.HealthCode is HealthCode.Yellow or HealthCode.Red && context.Facts.HealthCodeReported is null)
        {
            outcome.Oblige(ReportObligation, null, null, startedByQuestion: false);
        }
    }
}
