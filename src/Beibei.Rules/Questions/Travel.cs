namespace Beibei.Rules.Questions;

/// <summary>May the person set off now from their region to <paramref name="To"/>?</summary>
/// <param name="To">The destination: a region id or alias, or <c>outside</c>.</param>
/// <param name="Purpose">Why they go.</param>
public sealed record Travel(string To, Purpose Purpose) : Question
{
    /// <inheritdoc/>
    public override string Name => "travel";

    /// <inheritdoc/>
    public override Purpose? TripPurpose => Purpose;
}
