using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Cli;

/// <summary>Decisions and timelines for a person to read at a glance: verdict first, then why, what to do and until when.</summary>
internal static class HumanText
{
    public static string Decision(Decision decision)
    {
        var text = new StringBuilder();
        text.AppendLine($"{PolicyTerms.Of(decision.Verdict).ToUpperInvariant()} at {PolicyTime.Friendly(decision.At)}");
        if (decision.ValidUntil is { } until)
        {
            text.AppendLine($"valid until {PolicyTime.Friendly(until)}{(decision.ValidUntilIncluded ? " (inclusive)" : string.Empty)}");
        }
        else
        {
            text.AppendLine("valid until: no change ahead");
        }

        text.AppendLine();
        text.AppendLine(decision.Reasons.Count == 0 ? "reasons: none" : "reasons:");
        foreach (var reason in decision.Reasons)
        {
            text.AppendLine($"  {reason.ClauseId} ({reason.Citation.Paragraph}; {PolicyTerms.Of(reason.Force)}; sources {string.Join(", ", reason.Citation.Sources)})");
            text.AppendLine($"    {reason.Citation.Summary.En}");
            text.AppendLine($"    「{reason.Citation.Quotation}」");
            if (reason.Proof is { } proof)
            {
                text.AppendLine($"    proof: negative test sampled {PolicyTime.Friendly(proof.Test.Sampled)}, valid until {PolicyTime.Friendly(proof.Expires)}");
            }

            // The checklist a person at a checkpoint reads: each condition, met or not, on which fact.
            foreach (var condition in reason.Conditions)
            {
                text.AppendLine($"    [{(condition.Met ? "x" : " ")}] {condition.Id}: {Fact(condition.Fact)}");
            }
        }

        if (decision.Obligations.Count > 0)
        {
            text.AppendLine("obligations:");
            foreach (var o in decision.Obligations)
            {
                var window = (o.Opens is { } opens ? $" from {PolicyTime.Friendly(opens)}" : string.Empty)
                    + (o.Due is { } due ? $" due {PolicyTime.Friendly(due)}" : string.Empty);
                text.AppendLine($"  {o.Id} [{PolicyTerms.Of(o.Status)}]{window}: {o.Description.En}");
            }
        }

        if (decision.Remedies.Count > 0)
        {
            text.AppendLine("remedies:");
            foreach (var r in decision.Remedies)
            {
                var condition = r.Condition is { } id ? $" ({id})" : string.Empty;
                text.AppendLine($"  {PolicyTerms.Of(r.Kind)}{condition} from {PolicyTime.Friendly(r.Earliest)}: {r.Sentence.En}");
            }
        }

        if (decision.Advice.Count > 0)
        {
            text.AppendLine("against the advice of (not a ban under advice: inform):");
            foreach (var advice in decision.Advice)
            {
                text.AppendLine($"  {advice.ClauseId} ({advice.Citation.Paragraph})");
                text.AppendLine($"    {advice.Citation.Summary.En}");
                text.AppendLine($"    「{advice.Citation.Quotation}」");
            }
        }

        text.AppendLine($"policy: {decision.Policy.Id} version {decision.Policy.Version}, sha256 {decision.Policy.Digest[..12]}…");
        return text.ToString().TrimEnd();
    }

    /// <summary>A condition's fact in words: "report to fuling made 2022-11-11 20:00", "none to hechuan known at
    /// 2022-11-12 10:00", "negative test sampled 2022-11-09 08:00, expired at 2022-11-11 08:00".</summary>
    public static string Fact(ConditionFact fact) => fact switch
    {
        TestFact { Test: null } => "no test known",
        Proof p => $"negative test sampled {PolicyTime.Friendly(p.Test.Sampled)}, proves until {PolicyTime.Friendly(p.Expires)}",
        TestFact { Standing: TestStanding.Expired } t => $"newest test sampled {PolicyTime.Friendly(t.Test!.Sampled)}, negative, expired at {PolicyTime.Friendly(t.Until!.Value)}",
        TestFact { Standing: TestStanding.Pending } t => $"newest test sampled {PolicyTime.Friendly(t.Test!.Sampled)}, result pending",
        TestFact t => $"test sampled {PolicyTime.Friendly(t.Test!.Sampled)}, {PolicyTerms.Of(t.Standing)}",
        ReportFact { Report: { } report } r => $"report to {r.To} made {PolicyTime.Friendly(report.At)}",
        ReportFact r => $"none to {r.To} known at {PolicyTime.Friendly(r.KnownAt)}",
        ValueFact v => $"{v.Name} {v.Value}",
        PeriodFact { Until: { } until } p => $"{p.Name} from {PolicyTime.Friendly(p.From)} until {PolicyTime.Friendly(until)}",
        PeriodFact p => $"{p.Name} from {PolicyTime.Friendly(p.From)}, end not known",
        _ => string.Empty,
    };

    public static string Timeline(Timeline timeline)
    {
        var text = new StringBuilder();
        foreach (var s in timeline.Segments)
        {
            var reasons = s.Reasons.Count == 0 ? "-" : string.Join(", ", s.Reasons);
            var start = s.FromIncluded ? "[" : "(";
            var end = s.UntilIncluded ? "]" : ")";
            text.AppendLine($"{start}{PolicyTime.Friendly(s.From)}, {PolicyTime.Friendly(s.Until)}{end}  {PolicyTerms.Of(s.Verdict),-7}  {reasons}");
        }

        return text.ToString().TrimEnd();
    }
}
