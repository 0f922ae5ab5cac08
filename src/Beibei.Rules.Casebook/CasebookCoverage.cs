using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>Measures what a casebook exercises of the policy: for each clause, the cases in which it applied, decided the
/// verdict and was a reason; each of its conditions seen met and unmet; each obligation id imposed and remedy kind
/// offered; a case exactly on one of its change points and one just past; and every error code reached.</summary>
/// <remarks>"Exactly on" a change point is a case asked at the boundary itself: the last instant of an inclusive window,
/// or the end of a half-open period. "Just past" is a case asked within <see cref="JustPast"/> after the boundary. Both
/// are found from the clause's own change points, traced just before the case's instant, so they need no knowledge of
/// any clause.</remarks>
public static class CasebookCoverage
{
    /// <summary>How far after a boundary a case still counts as just past it.</summary>
    public static readonly Duration JustPast = Duration.FromMinutes(1);

    /// <summary>Runs every case of the files and measures what they exercise.</summary>
    /// <param name="files">The casebook files.</param>
    /// <returns>The report.</returns>
    public static CoverageReport Measure(IReadOnlyList<CasebookFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var policy = Policy.Chongqing2022;
        var tally = policy.Clauses.ToDictionary(c => c.Id, _ => new Tally(), StringComparer.Ordinal);
        var codes = ErrorCodesOfCases().ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        var cases = 0;
        foreach (var definition in files.SelectMany(f => f.Cases))
        {
            cases++;
            var result = CaseRunner.Run(definition);
            foreach (var code in result.Errors.Select(e => e.Code).Distinct())
            {
                if (codes.ContainsKey(code))
                {
                    codes[code]++;
                }
            }

            if (result.Decision is { } decision)
            {
                Count(definition, decision, tally);
            }
        }

        var clauses = policy.Clauses.Select(c => tally[c.Id].Report(c)).ToArray();
        return new CoverageReport(cases, clauses, [.. codes.Select(c => new CoverageItem("error " + c.Key, c.Value))]);
    }

    /// <summary>The error codes a case can reach: every code of the catalogue except <c>syntax</c>, a file's problem.</summary>
    private static IEnumerable<string> ErrorCodesOfCases() => Decisions.ErrorCodes.All.Where(c => c != Decisions.ErrorCodes.Syntax);

    private static void Count(CaseDefinition definition, Decision decision, Dictionary<string, Tally> tally)
    {
        var evaluator = new Evaluator(definition.Policy, definition.Options);
        var at = definition.At!.Value;
        var trace = evaluator.Trace(definition.Person, definition.Ask, at).Value!;
        var denying = trace.Clauses.Where(c => c.Effect is ClauseEffect.Denies or ClauseEffect.Supersedes).ToArray();
        foreach (var clause in trace.Clauses)
        {
            var t = tally[clause.ClauseId];
            t.Applied += clause.Effect == ClauseEffect.NotApplicable ? 0 : 1;
            t.Decided += denying is [{ } only] && only.ClauseId == clause.ClauseId ? 1 : 0;
            t.StatesChangePoints |= clause.NextChange is not null;
        }

        foreach (var reason in decision.Reasons)
        {
            if (tally.TryGetValue(reason.ClauseId, out var t))
            {
                t.Reason++;
                foreach (var condition in reason.Conditions)
                {
                    t.Seen($"condition {condition.Id} {(condition.Met ? "met" : "unmet")}");
                }
            }
        }

        foreach (var obligation in decision.Obligations)
        {
            tally[obligation.ClauseId].Seen("obligation " + obligation.Id);
        }

        foreach (var remedy in decision.Remedies)
        {
            tally[remedy.ClauseId].Seen("remedy " + PolicyTerms.Of(remedy.Kind));
        }

        // The boundaries the clauses state just before the case's instant: the case is on one or just past one.
        foreach (var (before, name) in new[] { (at - Duration.Epsilon, "on a change point"), (at - JustPast - Duration.Epsilon, "just past a change point") })
        {
            if (evaluator.Trace(definition.Person, definition.Ask, before) is not { IsValid: true, Value: { } earlier })
            {
                continue;
            }

            foreach (var clause in earlier.Clauses)
            {
                if (clause.NextChange is not { } boundary)
                {
                    continue;
                }

                tally[clause.ClauseId].StatesChangePoints = true;
                var onIt = boundary == at;
                var pastIt = boundary < at && at - boundary <= JustPast;
                if (name == "on a change point" ? onIt : pastIt)
                {
                    tally[clause.ClauseId].Seen(name);
                }
            }
        }
    }

    private sealed class Tally
    {
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

        public int Applied { get; set; }

        public int Decided { get; set; }

        public int Reason { get; set; }

        public bool StatesChangePoints { get; set; }

        public void Seen(string item) => seen[item] = seen.GetValueOrDefault(item) + 1;

        public ClauseCoverage Report(Clause clause)
        {
            var items = new List<CoverageItem> { new("applied", Applied) };
            if (clause.ConditionIds.Count > 0)
            {
                items.Add(new CoverageItem("reason", Reason));
            }

            foreach (var condition in clause.ConditionIds)
            {
                var outcomes = clause.ListedOutcomes(condition);
                if (outcomes.HasFlag(ConditionOutcomes.Met))
                {
                    items.Add(Item($"condition {condition} met"));
                }

                if (outcomes.HasFlag(ConditionOutcomes.Unmet))
                {
                    items.Add(Item($"condition {condition} unmet"));
                }
            }

            items.AddRange(clause.ObligationIds.Select(o => Item("obligation " + o)));
            items.AddRange(clause.RemedyKinds.Select(k => Item("remedy " + PolicyTerms.Of(k))));
            if (StatesChangePoints)
            {
                items.Add(Item("on a change point"));
                items.Add(Item("just past a change point"));
            }

            return new ClauseCoverage(clause.Id, Applied, Decided, Reason, items);
        }

        private CoverageItem Item(string name) => new(name, seen.GetValueOrDefault(name));
    }
}
