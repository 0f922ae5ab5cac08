using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>A part of the sources that states no condition on a person at an instant, listed with why it is not encoded.</summary>
/// <param name="Id">An id for reference in the casebook.</param>
/// <param name="Citation">Where it comes from.</param>
/// <param name="Why">Why it is not evaluated.</param>
public sealed record NotEvaluableClause(string Id, Citation Citation, LocalizedText Why);
