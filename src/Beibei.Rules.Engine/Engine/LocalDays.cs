using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>The calendar days of a policy: local dates in its time zone, whatever offset an input was written with.</summary>
/// <remarks>
/// <para>For clause authors: "today", "by the end of the day" and "three days" are counted in these local days. A clause
/// reads its policy's through <see cref="ClauseContext.Days"/> (and <see cref="ClauseContext.Today"/>,
/// <see cref="ClauseContext.Midnight"/>); a policy states its own when it is built (<see cref="Policy.Create"/>).</para>
/// <para>A local day runs from one local midnight (inclusive) to the next (exclusive). On a day the zone's offset changes
/// (daylight saving) a day is 23 or 25 hours long, and where a midnight does not exist the day starts at the first
/// instant after it (NodaTime's <see cref="DateTimeZone.AtStartOfDay"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LocalDays
{
    // Inside an interval in which the zone's offset does not change, a local date is plain arithmetic on that offset;
    // outside it the zone is asked. Both give the same answer; this only saves the look-up on the hot path. The interval
    // is the zone's last one, which holds every instant from now on for a zone without daylight saving (Asia/Tokyo
    // since 1951, UTC always); for a zone with daylight saving it is a short interval near the end of time, so every
    // instant takes the zone's path. Holding Instant.MaxValue, the last interval runs to the end of time: it has a start
    // at most, never an end.
    private readonly Instant steadyStart;
    private readonly Offset steadyOffset;

    /// <summary>The local days of <paramref name="zone"/>.</summary>
    /// <param name="zone">The time zone whose local dates the policy counts in, e.g. <c>DateTimeZoneProviders.Tzdb["Asia/Tokyo"]</c>.</param>
    /// <param name="name">How a person calls its local time in sentences ("Tokyo time", "东京时间"); the zone's id when
    /// null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public LocalDays(DateTimeZone zone, LocalizedText? name = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
        Name = name ?? new LocalizedText(zone.Id, zone.Id);
        var steady = zone.GetZoneInterval(Instant.MaxValue);
        steadyStart = steady.HasStart ? steady.Start : Instant.MinValue;
        steadyOffset = steady.WallOffset;
    }

    /// <summary>The time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>How a person calls the zone's local time, e.g. "Tokyo time" / "东京时间".</summary>
    public LocalizedText Name { get; }

    /// <summary>The local date of <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date in <see cref="Zone"/>.</returns>
    public LocalDate DateOf(Instant instant) =>
        InSteady(instant) ? instant.WithOffset(steadyOffset).Date : instant.InZone(Zone).Date;

    /// <summary>The instant that starts <paramref name="date"/>: its local midnight, or the first instant after it when the
    /// zone skips midnight that day.</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The instant.</returns>
    public Instant StartOf(LocalDate date)
    {
        var steady = new OffsetDateTime(date.AtMidnight(), steadyOffset).ToInstant();
        return InSteady(steady) ? steady : Zone.AtStartOfDay(date).ToInstant();
    }

    /// <summary>The instant that ends <paramref name="date"/> (exclusive): the start of the next date ("due at the end of
    /// day N").</summary>
    /// <param name="date">A local date.</param>
    /// <returns>The instant.</returns>
    public Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));

    /// <summary>The start of the local day that holds <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local midnight at or before it.</returns>
    public Instant MidnightOf(Instant instant)
    {
        if (!InSteady(instant))
        {
            return StartOf(DateOf(instant));
        }

        var offset = steadyOffset.Ticks;
        var local = instant.ToUnixTimeTicks() + offset;
        var midnight = Instant.FromUnixTimeTicks(local - Mod(local, NodaConstants.TicksPerDay) - offset);
        return InSteady(midnight) ? midnight : StartOf(DateOf(instant));
    }

    /// <summary>The start of the local day <paramref name="days"/> days after the one that starts at
    /// <paramref name="midnight"/>.</summary>
    /// <param name="midnight">The start of a local day (<see cref="MidnightOf"/>).</param>
    /// <param name="days">How many days later (or earlier, when negative).</param>
    /// <returns>The instant: whole local days later, however long each day is.</returns>
    public Instant AddDays(Instant midnight, int days)
    {
        // Whole days of 24 hours hold only between two local midnights of the steady offset: a day that started late
        // (its midnight skipped when the offset last changed) starts the next at midnight again.
        var steady = midnight + Duration.FromDays(days);
        return InSteady(midnight) && InSteady(steady) && Mod(midnight.ToUnixTimeTicks() + steadyOffset.Ticks, NodaConstants.TicksPerDay) == 0
            ? steady
            : StartOf(DateOf(midnight).PlusDays(days));
    }

    /// <summary>Whether any of the tests was sampled in the local day that starts at <paramref name="midnight"/>.</summary>
    /// <param name="tests">The tests.</param>
    /// <param name="midnight">The start of a local day (<see cref="MidnightOf"/>).</param>
    /// <returns>True when one was sampled at or after the day's start and before the next day's.</returns>
    public bool AnySampledOnDayFrom(ReadOnlySpan<KnownTest> tests, Instant midnight) => AnySampled(tests, midnight, AddDays(midnight, 1));

    /// <summary>Whether any of the tests was sampled on the local date <paramref name="date"/>.</summary>
    /// <param name="tests">The tests.</param>
    /// <param name="date">A local date.</param>
    /// <returns>True when one was sampled at or after the date's start and before its end.</returns>
    public bool AnySampledOn(ReadOnlySpan<KnownTest> tests, LocalDate date) => AnySampled(tests, StartOf(date), EndOf(date));

    /// <summary>The wall offset of the zone while <paramref name="instant"/> is in the steady interval, so that local time
    /// is plain arithmetic; false outside it, where the zone must be asked.</summary>
    internal bool TrySteadyOffset(Instant instant, out Offset offset)
    {
        offset = steadyOffset;
        return InSteady(instant);
    }

    private static bool AnySampled(ReadOnlySpan<KnownTest> tests, Instant start, Instant end)
    {
        foreach (ref readonly var test in tests)
        {
            if (test.Sampled >= start && test.Sampled < end)
            {
                return true;
            }
        }

        return false;
    }

    private bool InSteady(Instant instant) => instant >= steadyStart;

    private static long Mod(long value, long divisor)
    {
        var remainder = value % divisor;
        return remainder < 0 ? remainder + divisor : remainder;
    }
}
