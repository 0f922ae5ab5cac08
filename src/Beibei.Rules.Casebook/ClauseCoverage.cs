namespace Beibei.Rules.Casebook;

/// <summary>What the casebook exercises of one clause.</summary>
/// <param name="ClauseId">The clause id.</param>
/// <param name="Applied">Cases in which the clause applied (its effect was not <c>not-applicable</c>).</param>
/// <param name="Decided">Cases whose verdict the clause decided: it was the only clause that denied.</param>
/// <param name="Reason">Cases in which it was a reason.</param>
/// <param name="Items">What should be exercised, each with its count: applied, reason (for a clause that names
/// conditions), each condition met and unmet, each obligation id, each remedy kind, a case on one of its change points
/// and one just past (for a clause that states change points).</param>
public sealed record ClauseCoverage(string ClauseId, int Applied, int Decided, int Reason, IReadOnlyList<CoverageItem> Items);
