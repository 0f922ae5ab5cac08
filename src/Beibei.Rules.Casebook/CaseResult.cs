using Beibei.Rules.Decisions;

namespace Beibei.Rules.Casebook;

/// <summary>The outcome of running one case against its expectation.</summary>
/// <param name="Case">The case.</param>
/// <param name="Failures">What differed from the expectation, one line each (with its line in the file); empty when passed.</param>
/// <param name="Decision">The decision, when the input was valid.</param>
/// <param name="Errors">The input errors, when it was not.</param>
public sealed record CaseResult(CaseDefinition Case, IReadOnlyList<CaseFailure> Failures, Decision? Decision, IReadOnlyList<InputError> Errors)
{
    /// <summary>True when everything expected was found.</summary>
    public bool Passed => Failures.Count == 0;
}
