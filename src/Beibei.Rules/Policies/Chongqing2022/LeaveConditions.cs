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
        foreach (var report in context.Facts.Reports)
        {
            if (ReferenceEquals(report.To, context.Destination) && report.At <= context.At && report.At >= context.Options.InForceFrom)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An essential trip out: permitted with the proof when both conditions hold, denied with a remedy per
    /// missing condition otherwise. The proof's expiry is an inclusive change point.</summary>
    public static ClauseOutcome ForEssentialTrip(ClauseContext context, string clauseId)
    {
        var proof = TestProof.Find(context);
        var reported = HasReport(context);
        if (proof is not null && reported)
        {
            return ClauseOutcome.Permits(proof).Add(ChangePoint.Inclusive(proof.Expires));
        }

        return AddMissing(ClauseOutcome.Denies(), context, clauseId, reported, proof);
    }

    /// <summary>A non-essential trip out: denied, with the essential purpose and whatever an essential trip would still miss.</summary>
    public static ClauseOutcome ForNonEssentialTrip(ClauseContext context, string clauseId)
    {
        var outcome = ClauseOutcome.Denies().Add(Remedies.EssentialPurpose(clauseId, context.At));
        return AddMissing(outcome, context, clauseId, HasReport(context), TestProof.Find(context));
    }

    private static ClauseOutcome AddMissing(ClauseOutcome outcome, ClauseContext context, string clauseId, bool reported, Proof? proof)
    {
        if (!reported)
        {
            outcome.Add(Remedies.Report(clauseId, context.At));
        }

        if (proof is null)
        {
            outcome.Add(Remedies.Test(clauseId, context.At));
        }

        return outcome;
    }
}
