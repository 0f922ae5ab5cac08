using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>beibei.arrival-report</c>: report on arrival from outside Chongqing, or on a tracing notice.</summary>
/// <remarks>
/// <para>BB-LETTER 三 names two groups. A person in Beibei who came from outside Chongqing (the arrival is from
/// <c>outside</c>, or has an <c>entered</c> instant: the journey entered Chongqing elsewhere first, and the duty follows
/// 入渝, not the last hop), whose arrival is inside the policy period and who has not reported it at or before <c>at</c>,
/// has <c>beibei.arrival-report/report</c>, due at <c>entered</c> when given, else at the arrival (第一时间: at once), and
/// overdue after.</para>
/// <para>A person in Beibei with an exposure (a tracing notice, or an overlap with a published case) noticed inside the
/// policy period and at or before <c>at</c>, not reported at or before <c>at</c>, has
/// <c>beibei.arrival-report/exposure-report</c>, due at the noticing (发现后第一时间).</para>
/// <para>An allowed trip from outside Chongqing into Beibei lists <c>beibei.arrival-report/report</c> as a duty the trip
/// starts, due at the trip's <c>arrives</c> when given, with no due instant otherwise. The clause never changes a verdict.
/// Force: required (a restatement of the city's reporting requirement).</para>
/// </remarks>
public sealed class BeibeiArrivalReport : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "beibei.arrival-report";

    /// <summary>Report the arrival to the village or community.</summary>
    public const string ReportDuty = ClauseId + "/report";

    /// <summary>Report a tracing notice or an overlap with a published case to the village or community.</summary>
    public const string ExposureReport = ClauseId + "/exposure-report";

    private static readonly Citation Cited = new(
        [Sources.BbLetter],
        "BB-LETTER 三",
        "市外来碚返碚人员,收到协查通知或发现与通报的病例有时空交集等人员,入渝后或发现后第一时间主动…向所在村(社区)报备",
        new LocalizedText(
            "People coming to Beibei from outside Chongqing, and people who received a tracing notice or overlapped with a published case, report to their village or community as soon as they enter Chongqing or find out.",
            "市外来碚返碚人员，以及收到协查通知或发现与通报病例有时空交集的人员，入渝后或发现后第一时间主动向所在村（社区）报备。"));

    private static readonly Duty ReportObligation = new(ReportDuty, new(
        "Report your arrival to your village or community at once (community QR code or telephone).",
        "第一时间通过“社区报告二维码”、电话等方式向所在村（社区）报备。"));

    private static readonly Duty ExposureObligation = new(ExposureReport, new(
        "Report the tracing notice or the overlap with a published case to your village or community at once (community QR code or telephone).",
        "收到协查通知或发现与通报病例有时空交集，第一时间通过“社区报告二维码”、电话等方式向所在村（社区）报备。"));

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
    public override IReadOnlyList<string> ObligationIds => [ReportDuty, ExposureReport];

    /// <inheritdoc/>
    public override Reach Decides => Reach.Nowhere;

    /// <inheritdoc/>
    /// <remarks>A person in Beibei (an arrival or an exposure), or a trip from outside Chongqing to Beibei.</remarks>
    public override Reach Reach => Reach.When(Situation.HomeGoverned, Situation.Travel | Situation.HomeOutside | Situation.ToGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        var facts = context.Facts;
        if (context.InBeibei)
        {
            if (facts.Arrival is { Reported: null } arrival
                && (arrival.From.Zone == Zone.Outside || arrival.Entered is not null)
                && InForce(context, arrival.At))
            {
                outcome.Oblige(ReportObligation, null, arrival.Entered ?? arrival.At, startedByQuestion: false);
            }

            if (facts.Exposure is { Reported: null } exposure && InForce(context, exposure.Noticed))
            {
                outcome.Oblige(ExposureObligation, null, exposure.Noticed, startedByQuestion: false);
            }
        }
        else if (context.Question is Travel trip
            && context.Region.Zone == Zone.Outside
            && ReferenceEquals(context.Destination, Chongqing2022Regions.Beibei))
        {
            outcome.Oblige(ReportObligation, null, trip.Arrives, startedByQuestion: true);
        }
    }

    private static bool InForce(ClauseContext context, NodaTime.Instant at) =>
        at >= context.Options.InForceFrom && at < context.Options.InForceUntil;
}
