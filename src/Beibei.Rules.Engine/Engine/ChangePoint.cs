using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An instant at which a clause's outcome may change if nothing new is learned.</summary>
/// <remarks>It keeps the first instant at which the new outcome can be seen, since the evaluator orders and compares
/// change points by that instant alone (and cheaply); <see cref="At"/> names the boundary.</remarks>
internal readonly struct ChangePoint
{
    private ChangePoint(Instant effectiveFrom, bool included) => (EffectiveFrom, Included) = (effectiveFrom, included);

    /// <summary>The first instant at which the new outcome can be seen.</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>True for an inclusive boundary (the outcome still holds at <see cref="At"/> and may change just after it,
    /// like the end of the 48-hour window); false for a half-open one (it may change at <see cref="At"/>).</summary>
    public bool Included { get; }

    /// <summary>The boundary instant.</summary>
    public Instant At => Included ? EffectiveFrom - Duration.Epsilon : EffectiveFrom;

    /// <summary>True when this point is seen before <paramref name="other"/>: it takes effect earlier, or at the same
    /// instant as an inclusive boundary (which names the last instant at which the old outcome still holds).</summary>
    public bool IsSeenBefore(ChangePoint other) =>
        EffectiveFrom < other.EffectiveFrom || (EffectiveFrom == other.EffectiveFrom && Included && !other.Included);

    /// <summary>An inclusive boundary: the outcome holds at <paramref name="at"/> and may change just after it.</summary>
    public static ChangePoint Inclusive(Instant at) => new(at + Duration.Epsilon, true);

    /// <summary>A half-open boundary: the outcome may change at <paramref name="at"/>.</summary>
    public static ChangePoint HalfOpen(Instant at) => new(at, false);
}

/// <summary>The change point seen first after an instant, among those considered (see
/// <see cref="ChangePoint.IsSeenBefore"/>).</summary>
/// <param name="after">The instant; points that take effect at or before it are not ahead and are ignored.</param>
internal struct EarliestChangePoint(Instant after)
{
    /// <summary>True once a point ahead was considered.</summary>
    public bool Found { get; private set; }

    /// <summary>The earliest point ahead considered so far.</summary>
    public ChangePoint Point { get; private set; }

    public void Consider(ChangePoint point)
    {
        if (point.EffectiveFrom > after && (!Found || point.IsSeenBefore(Point)))
        {
            Point = point;
            Found = true;
        }
    }
}
