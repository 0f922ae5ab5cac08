using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>Runs cases and compares each decision with the case's <c>expect</c>, exactly as the casebook format says.</summary>
/// <remarks>Thread-safe: each case is decided by an evaluator built from the case's own options.</remarks>
public static class CaseRunner
{
    /// <summary>Decides a case (without comparing), returning the decision or the input errors.</summary>
    /// <param name="definition">The case.</param>
    /// <returns>The result of the evaluator, or the case's own input errors.</returns>
    public static Result<Decision> Decide(CaseDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new Evaluator(definition.Policy, definition.Options).Decide(definition.Person, definition.Ask, definition.At ?? default);
    }

    /// <summary>Runs one case.</summary>
    /// <param name="definition">The case.</param>
    /// <returns>What differed from its expectation.</returns>
    public static CaseResult Run(CaseDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var failures = new List<CaseFailure>();
        var expect = definition.Expect ?? new CaseExpectation();
        int Line(string field) => definition.FieldLines.TryGetValue(field, out var line) ? line : definition.Line;

        IReadOnlyList<InputError> errors = [.. definition.InputErrors.Select(e => new InputError(e.Code, e.Field, e.Message))];
        Decision? decision = null;
        if (errors.Count == 0)
        {
            var result = Decide(definition);
            errors = result.Errors;
            decision = result.Value;
        }

        if (decision is null)
        {
            var codes = string.Join(", ", errors.Select(e => $"{e.Code} at {e.Field}"));
            if (expect.Error is null)
            {
                failures.Add(new CaseFailure(Line("expect.verdict"), "expect.verdict", Word(expect.Verdict), $"bad input ({codes})"));
            }
            else if (!errors.Any(e => e.Code == expect.Error))
            {
                failures.Add(new CaseFailure(Line("expect.error"), "expect.error", expect.Error, codes));
            }

            return new CaseResult(definition, failures, null, errors);
        }

        if (expect.Error is not null)
        {
            failures.Add(new CaseFailure(Line("expect.error"), "expect.error", expect.Error, $"no error: verdict {Word(decision.Verdict)}"));
            return new CaseResult(definition, failures, decision, errors);
        }

        var reasons = decision.Reasons.Select(r => r.ClauseId).ToArray();
        var obligations = decision.Obligations.Select(o => o.Id).ToArray();
        if (expect.Verdict is { } verdict && verdict != decision.Verdict)
        {
            failures.Add(new CaseFailure(Line("expect.verdict"), "expect.verdict", Word(verdict), $"{Word(decision.Verdict)} (reasons: {List(reasons)})"));
        }

        foreach (var missing in expect.Reasons.Where(r => !reasons.Contains(r)))
        {
            failures.Add(new CaseFailure(Line("expect.reasons"), "expect.reasons", $"{missing} among the reasons", List(reasons)));
        }

        foreach (var present in expect.NotReasons.Where(reasons.Contains))
        {
            failures.Add(new CaseFailure(Line("expect.not-reasons"), "expect.not-reasons", $"{present} not among the reasons", List(reasons)));
        }

        foreach (var wanted in expect.Obligations)
        {
            CheckObligation(wanted, decision, Line("expect.obligations"), failures);
        }

        foreach (var present in expect.NoObligations.Where(obligations.Contains))
        {
            failures.Add(new CaseFailure(Line("expect.no-obligations"), "expect.no-obligations", $"{present} not listed", List(obligations)));
        }

        if (expect.ChecksValidUntil && expect.ValidUntil != decision.ValidUntil)
        {
            failures.Add(new CaseFailure(Line("expect.valid-until"), "expect.valid-until", Time(expect.ValidUntil), Time(decision.ValidUntil)));
        }

        var remedies = decision.Remedies.Select(r => r.Kind).ToArray();
        foreach (var missing in expect.Remedies.Where(k => !remedies.Contains(k)))
        {
            failures.Add(new CaseFailure(
                Line("expect.remedies"), "expect.remedies", $"{PolicyTerms.Of(missing)} among the remedies", List(remedies.Select(PolicyTerms.Of))));
        }

        foreach (var (kind, earliest) in expect.RemedyEarliest)
        {
            var offered = decision.Remedies.Where(r => r.Kind == kind).ToArray();
            if (offered.Length > 0 && !offered.Any(r => r.Earliest == earliest))
            {
                failures.Add(new CaseFailure(
                    Line("expect.remedies"), $"expect.remedies.{PolicyTerms.Of(kind)}.earliest", Time(earliest), List(offered.Select(r => Time(r.Earliest)))));
            }
        }

        foreach (var present in expect.NoRemedies.Where(remedies.Contains))
        {
            failures.Add(new CaseFailure(
                Line("expect.no-remedies"), "expect.no-remedies", $"{PolicyTerms.Of(present)} not among the remedies", List(remedies.Select(PolicyTerms.Of))));
        }

        var advice = decision.Advice.Select(a => a.ClauseId).ToArray();
        foreach (var missing in expect.Advice.Where(a => !advice.Contains(a)))
        {
            failures.Add(new CaseFailure(Line("expect.advice"), "expect.advice", $"{missing} among the advice", List(advice)));
        }

        foreach (var (clause, wanted) in expect.Conditions)
        {
            var reason = decision.Reasons.FirstOrDefault(r => r.ClauseId == clause);
            foreach (var (id, met) in wanted)
            {
                var listed = reason?.Conditions.Where(c => c.Id == id).ToArray() ?? [];
                if (listed.Length != 1 || listed[0].Met != met)
                {
                    failures.Add(new CaseFailure(
                        Line("expect.conditions"),
                        $"expect.conditions.{clause}.{id}",
                        met ? "met" : "unmet",
                        reason is null ? "not a reason" : listed.Length == 0 ? "not listed" : listed[0].Met ? "met" : "unmet"));
                }
            }
        }

        foreach (var (clause, force) in expect.Forces)
        {
            var reason = decision.Reasons.FirstOrDefault(r => r.ClauseId == clause);
            if (reason?.Force != force)
            {
                failures.Add(new CaseFailure(
                    Line("expect.force"), $"expect.force.{clause}", PolicyTerms.Of(force), reason is null ? "not a reason" : PolicyTerms.Of(reason.Force)));
            }
        }

        return new CaseResult(definition, failures, decision, errors);
    }

    /// <summary>Runs every case of a file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>One result per case, in file order.</returns>
    public static IReadOnlyList<CaseResult> Run(CasebookFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. file.Cases.Select(Run)];
    }

    private static void CheckObligation(ExpectedObligation wanted, Decision decision, int line, List<CaseFailure> failures)
    {
        var field = "expect.obligations";
        var found = decision.FindObligation(wanted.Id);
        if (found is null)
        {
            failures.Add(new CaseFailure(line, field, $"{wanted.Id} listed", List(decision.Obligations.Select(o => o.Id))));
            return;
        }

        if ((wanted.Due is { } due && found.Due != due) || (wanted.NoDue && found.Due is not null))
        {
            failures.Add(new CaseFailure(line, $"{field}.{wanted.Id}.due", Time(wanted.Due), Time(found.Due)));
        }

        if ((wanted.Opens is { } opens && found.Opens != opens) || (wanted.NoOpens && found.Opens is not null))
        {
            failures.Add(new CaseFailure(line, $"{field}.{wanted.Id}.opens", Time(wanted.Opens), Time(found.Opens)));
        }

        if (wanted.Status is { } status && found.Status != status)
        {
            failures.Add(new CaseFailure(line, $"{field}.{wanted.Id}.status", PolicyTerms.Of(status), PolicyTerms.Of(found.Status)));
        }
    }

    private static string Word(Verdict? verdict) => verdict is { } v ? PolicyTerms.Of(v) : "a verdict";

    private static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "(none)" : text;
    }

    private static string Time(Instant? instant) => instant is { } i ? PolicyTime.Format(i) : "none";
}
