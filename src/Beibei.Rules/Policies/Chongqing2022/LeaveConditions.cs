using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The two conditions of an essential trip out ("提前向目的地…报备,并持48小时内核酸检测阴性证明前往"), shared by
/// <c>cq.central-city.stay</c>, <c>cq.central-city.leave-conditions</c> and <c>beibei.stay-in-district</c>.</summary>
internal static class LeaveConditions
{
    /// <summary>An essential purpose: <c>essential</c>, <c>medical</c> or <c>testing</c>.</summary>
    public static bool IsEssential(Purpose purpose) => purpose != Purpose.NonEssential;

    /// <summary>Whether the person reported to the destination at or before <c>at</c>, and not before the policy began.</summary>
    public static bool HasReport(ClauseContext context)
    {
        foreach (ref readonly var report in context.Facts.Reports)
        {
            if (report.IsTo(context.Destination) && report.At <= context.At && report.At >= context.Options.InForceFrom)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An essential trip out: permitted with the proof when both conditions hold, denied with a remedy per
    /// missing condition otherwise. The proof's expiry is an inclusive change point.</summary>
    public static void ForEssentialTrip(ClauseContext context, Outcomes outcome)
    {
        ref readonly var proof = ref context.Proof;
        var reported = HasReport(context);
        if (proof.IsFound && reported)
        {
            outcome.Permits(proof).ChangesAfter(proof.Expires);
            return;
        }

        AddMissing(outcome.Denies(), context, reported, proof.IsFound);
    }

    /// <summary>A non-essential trip out: denied, with the essential purpose and whatever an essential trip would still miss.</summary>
    public static void ForNonEssentialTrip(ClauseContext context, Outcomes outcome) =>
        AddMissing(outcome.Denies().Add(RemedyKind.EssentialPurpose, context.At), context, HasReport(context), context.Proof.IsFound);

    private static void AddMissing(Outcomes outcome, ClauseContext context, bool reported, bool proved)
    {
        if (!reported)
        {
            outcome.Add(RemedyKind.Report, context.At);
        }

        if (!proved)
        {
            outcome.Add(RemedyKind.Test, context.At);
        }
    }
}
