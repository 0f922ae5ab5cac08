namespace Beibei.Rules.Casebook;

/// <summary>What a casebook exercises of the policy, clause by clause, and which error codes its cases reach.</summary>
/// <param name="Cases">The cases run.</param>
/// <param name="Clauses">Every clause of the policy, in its order.</param>
/// <param name="ErrorCodes">Every error code a case can reach (all of the catalogue's but <c>syntax</c>, which is a
/// file's problem, not a case's), with the cases that reach it.</param>
public sealed record CoverageReport(int Cases, IReadOnlyList<ClauseCoverage> Clauses, IReadOnlyList<CoverageItem> ErrorCodes)
{
    /// <summary>Everything that should be exercised: each clause's items, prefixed with the clause id, and the error codes.</summary>
    public IEnumerable<(string Scope, CoverageItem Item)> AllItems =>
        Clauses.SelectMany(c => c.Items.Select(i => (c.ClauseId, i))).Concat(ErrorCodes.Select(e => ("errors", e)));

    /// <summary>How many items at least one case reaches.</summary>
    public int Reached => AllItems.Count(i => i.Item.Reached);

    /// <summary>How many items there are.</summary>
    public int Total => AllItems.Count();

    /// <summary>The share of items reached, 0–100.</summary>
    public double Percent => Total == 0 ? 100 : 100.0 * Reached / Total;
}
