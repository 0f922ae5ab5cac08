namespace Beibei.Rules.Casebook;

/// <summary>One case read on its own (the input of <c>evaluate</c> and <c>timeline</c>), or the problems with it.</summary>
/// <param name="Case">The case, when its structure could be read; its <see cref="CaseDefinition.InputErrors"/> may still be non-empty.</param>
/// <param name="Errors">Structural problems (syntax, unknown keys outside the case's parts).</param>
public sealed record CaseReadResult(CaseDefinition? Case, IReadOnlyList<CasebookError> Errors)
{
    /// <summary>Every problem: structural ones and the case's own input errors.</summary>
    /// <remarks>No list is made when one of the two is empty (the common case: a case read without a problem).</remarks>
    public IReadOnlyList<CasebookError> AllErrors =>
        Case is null || Case.InputErrors.Count == 0 ? Errors : Errors.Count == 0 ? Case.InputErrors : [.. Errors, .. Case.InputErrors];
}
