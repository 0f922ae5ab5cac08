using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An instant at which a clause's outcome may change if nothing new is learned.</summary>
/// <param name="At">The boundary instant.</param>
/// <param name="Included">True for an inclusive boundary (the outcome still holds at <paramref name="At"/> and may change
/// just after it, like the end of the 48-hour window); false for a half-open one (it may change at <paramref name="At"/>).</param>
internal readonly record struct ChangePoint(Instant At, bool Included)
{
    /// <summary>The first instant at which the new outcome can be seen.</summary>
    public Instant EffectiveFrom => Included ? At + Duration.Epsilon : At;

    public static ChangePoint Inclusive(Instant at) => new(at, true);

    public static ChangePoint HalfOpen(Instant at) => new(at, false);
}
