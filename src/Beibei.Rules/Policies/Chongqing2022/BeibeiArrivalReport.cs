using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.arrival-report</c>: report on arrival from outside Chongqing.</summary>
/// <remarks>A person in Beibei who arrived from outside Chongqing inside the policy period and has not reported the
/// arrival at or before <c>at</c> must report at once: <c>beibei.arrival-report/report</c> is due at the arrival and
/// overdue after. An allowed trip from outside into Beibei lists the duty, due at the departure instant (the trip is
/// modelled as arriving when it sets off). The clause never changes a verdict.</remarks>
public sealed class BeibeiArrivalReport : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.arrival-report";

    /// <summary>Report the arrival to the village or community.</summary>
    public const string ReportDuty = ClauseId + "/report";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 三",
        "市外来碚返碚人员…入渝后或发现后第一时间主动…向所在村(社区)报备",
        new LocalizedText(
            "People coming to Beibei from outside Chongqing report to their village or community as soon as they arrive.",
            "市外来碚返碚人员入渝后第一时间主动向所在村（社区）报备。"));

    private static readonly Duty ReportObligation = new(ReportDuty, new(
        "Report your arrival to your village or community at once (community QR code or telephone).",
        "第一时间通过“社区报告二维码”、电话等方式向所在村（社区）报备。"));

    internal BeibeiArrivalReport()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["in-force-from", "in-force-until"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> ObligationIds => [ReportDuty];

    internal override Reach Decides => Reach.Nowhere;

    /// <inheritdoc/>
    /// <remarks>An arrival in Beibei, or a trip from outside Chongqing to Beibei.</remarks>
    internal override Reach Reach => Reach.When(Situation.HomeBeibei | Situation.Arrival, Situation.Travel | Situation.HomeOutside | Situation.ToBeibei);

    internal override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.InBeibei
            && context.Facts.Arrival is { From.Zone: Zone.Outside, Reported: null } arrival
            && arrival.At >= context.Options.InForceFrom
            && arrival.At < context.Options.InForceUntil)
        {
            outcome.Oblige(ReportObligation, null, arrival.At, startedByQuestion: false);
        }
        else if (context.Question is Travel
            && context.Region.Zone == Zone.Outside
            && ReferenceEquals(context.Destination, RegionTable.Beibei))
        {
            outcome.Oblige(ReportObligation, null, context.At, startedByQuestion: true);
        }
    }
}
