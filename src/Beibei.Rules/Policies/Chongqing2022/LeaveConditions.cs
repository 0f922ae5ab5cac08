using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The two conditions of an essential trip out ("提前向目的地…报备,并持48小时内核酸检测阴性证明前往"), shared by
/// <c>cq.central-city.stay</c>, <c>cq.central-city.leave-conditions</c> and <c>beibei.stay-in-district</c>, and how an
/// advised ban (非必要不) answers under the option <c>advice</c>.</summary>
internal static class LeaveConditions
{
    /// <summary>An essential purpose: <c>essential</c>, <c>medical</c> or <c>testing</c>.</summary>
    public static bool IsEssential(Purpose purpose) => purpose != Purpose.NonEssential;

    /// <summary>Whether an advised ban denies (<c>advice: deny</c>), rather than only being listed as advice.</summary>
    public static bool AdviceDenies(ClauseContext context) => context.Options.Advice == AdviceMode.Deny;

    /// <summary>Whether the trip is held to the conditions of an essential trip: an essential trip, or under
    /// <c>advice: inform</c> any trip ("a trip it advises against must still meet every condition an essential trip must
    /// meet").</summary>
    public static bool HeldToConditions(ClauseContext context, Travel trip) => IsEssential(trip.Purpose) || !AdviceDenies(context);

    /// <summary>The report that counts (its index among the reports given), or -1.</summary>
    private static int FindReport(ClauseContext context)
    {
        foreach (ref readonly var report in context.Facts.Reports)
        {
            if (report.IsTo(context.Destination) && report.At <= context.At && report.At >= context.Options.ReportsFrom)
            {
                return report.Source;
            }
        }

        return -1;
    }

    /// <summary>A trip held to the conditions: permitted with the proof when both hold, denied with a remedy per missing
    /// condition otherwise; the proof's expiry is an inclusive change point. A medical trip under home isolation goes
    /// through the green channel instead (CQ-136: "对有看病就医需求的居家隔离医学观察人员,开辟就医“绿色通道”"): the conditions do
    /// not apply to it while the isolation lasts, and <c>cq.home-isolation</c> is its reason.</summary>
    public static void ForTrip(ClauseContext context, Travel trip, Outcomes outcome)
    {
        if (trip.Purpose == Purpose.Medical && HomeIsolation.HoldsAt(context, out var isolationEnds))
        {
            outcome.ChangesAt(isolationEnds);
            return;
        }

        ref readonly var proof = ref context.Proof;
        var report = FindReport(context);
        if (proof.IsFound && report >= 0)
        {
            outcome.Permits(proof).ChangesAfter(proof.Expires);
        }
        else
        {
            AddMissing(outcome.Denies().WithProof(proof), context, report >= 0, proof.IsFound);
        }

        if (outcome.RecordDetails)
        {
            Conditions(context, outcome, report, proof);
        }
    }

    /// <summary>A non-essential trip out under <c>advice: deny</c>: denied by the advised ban, with the essential purpose and
    /// whatever an essential trip would still miss.</summary>
    public static void ForNonEssentialTrip(ClauseContext context, Outcomes outcome)
    {
        ref readonly var proof = ref context.Proof;
        var report = FindReport(context);
        AddMissing(outcome.Denies().Advised().WithProof(proof).Add(RemedyKind.EssentialPurpose, context.At, CommonConditions.EssentialPurpose, RemedySentences.EssentialPurpose), context, report >= 0, proof.IsFound);
        if (outcome.RecordDetails)
        {
            outcome.Condition(CommonConditions.EssentialPurpose, false, PurposeFact(Purpose.NonEssential));
            Conditions(context, outcome, report, proof);
        }
    }

    /// <summary>The fact of a purpose condition.</summary>
    public static ValueFact PurposeFact(Purpose purpose) => new("purpose", PolicyTerms.Of(purpose));

    /// <summary>The two conditions of the trip, with their facts (called in a full pass only).</summary>
    private static void Conditions(ClauseContext context, Outcomes outcome, int report, in ProofFound proof)
    {
        outcome.Condition(CommonConditions.ReportToDestination, report >= 0, new ReportFact(context.Destination!.Id, report >= 0 ? context.Facts.GivenReport(report) : null, context.At))
            .Condition(CommonConditions.NegativeProof, proof.IsFound, TestProof.FactOf(context, proof));
    }

    /// <summary>The remedy for a missing 48-hour proof: the pending test that could still become one
    /// (<c>remedy.await-result</c>), else a new test.</summary>
    public static void AddProofRemedy(ClauseContext context, Outcomes outcome)
    {
        if (!outcome.RecordDetails)
        {
            return;
        }

        if (TestProof.PendingThatCouldProve(context) is { } sampled)
        {
            outcome.AwaitResult(sampled, context.At, CommonConditions.NegativeProof);
        }
        else
        {
            outcome.Add(RemedyKind.Test, context.At, CommonConditions.NegativeProof, RemedySentences.Test);
        }
    }

    private static void AddMissing(Outcomes outcome, ClauseContext context, bool reported, bool proved)
    {
        if (!reported)
        {
            outcome.Add(RemedyKind.Report, context.At, CommonConditions.ReportToDestination, RemedySentences.Report);
        }

        if (!proved)
        {
            AddProofRemedy(context, outcome);
        }
    }
}
