namespace Beibei.Rules.Casebook;

/// <summary>One thing the casebook should exercise, and how many cases do.</summary>
/// <param name="Name">What it is: <c>applied</c>, <c>reason</c>, <c>condition negative-proof met</c>, <c>obligation
/// cq.land-and-test/landing-test</c>, <c>remedy remedy.test</c>, <c>on a change point</c>, <c>just past a change
/// point</c>, <c>error region.unknown</c>.</param>
/// <param name="Cases">How many cases exercise it (0: not reached).</param>
public sealed record CoverageItem(string Name, int Cases)
{
    /// <summary>True when at least one case exercises it.</summary>
    public bool Reached => Cases > 0;
}
