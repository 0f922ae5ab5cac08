using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>Calendar days of the policy: local dates in <c>Asia/Shanghai</c> (tzdb), whatever offset an input used.</summary>
/// <remarks>For clause authors: "today", "by the end of the day" and "three days" are counted in these local days. Pure
/// and thread-safe.</remarks>
public static class LocalDays
{
    /// <summary>The policy's time zone, <c>Asia/Shanghai</c>.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // The zone's rules are constant over long intervals (a single offset, +08:00, since China ended daylight saving in
    // 1991). Inside the interval that holds the policy, a local date is plain arithmetic on that offset; outside it the
    // zone is asked. Both give the same answer; this only saves the look-up on the hot path.
    private static readonly NodaTime.TimeZones.ZoneInterval Steady = Zone.GetZoneInterval(Instant.FromUtc(2022, 11, 10, 0, 0));

    // The interval's bounds and offset, read once: asking the interval checks its optional ends on every call.
    private static readonly Instant SteadyStart = Steady.HasStart ? Steady.Start : Instant.MinValue;
    private static readonly bool SteadyHasEnd = Steady.HasEnd;
    private static readonly Instant SteadyEnd = Steady.HasEnd ? Steady.End : Instant.MaxValue;
    private static readonly Offset SteadyOffset = Steady.WallOffset;

    /// <summary>The local date of <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date in <see cref="Zone"/>.</returns>
    public static LocalDate DateOf(Instant instant) =>
        InSteady(instant) ? instant.WithOffset(SteadyOffset).Date : instant.InZone(Zone).Date;

    /// <summary>The local midnight that starts <paramref name="date"/>.</summary>
    public static Instant StartOf(LocalDate date)
    {
        var steady = new OffsetDateTime(date.AtMidnight(), SteadyOffset).ToInstant();
        return InSteady(steady) ? steady : Zone.AtStartOfDay(date).ToInstant();
    }

    /// <summary>The local midnight that starts the local day holding <paramref name="instant"/>.</summary>
    public static Instant MidnightOf(Instant instant)
    {
        if (!InSteady(instant))
        {
            return StartOf(DateOf(instant));
        }

        var offset = SteadyOffset.Ticks;
        var local = instant.ToUnixTimeTicks() + offset;
        var midnight = Instant.FromUnixTimeTicks(local - Mod(local, NodaConstants.TicksPerDay) - offset);
        return InSteady(midnight) ? midnight : StartOf(DateOf(instant));
    }

    /// <summary>The local midnight <paramref name="days"/> days after the local midnight <paramref name="midnight"/>.</summary>
    public static Instant AddDays(Instant midnight, int days)
    {
        var steady = midnight + Duration.FromDays(days);
        return InSteady(midnight) && InSteady(steady) ? steady : StartOf(DateOf(midnight).PlusDays(days));
    }

    /// <summary>Whether any of the tests was sampled in the local day that starts at <paramref name="midnight"/>.</summary>
    public static bool AnySampledOnDayFrom(ReadOnlySpan<KnownTest> tests, Instant midnight)
    {
        var end = AddDays(midnight, 1);
        foreach (ref readonly var test in tests)
        {
            if (test.Sampled >= midnight && test.Sampled < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of the tests was sampled on the local date <paramref name="date"/>.</summary>
    public static bool AnySampledOn(ReadOnlySpan<KnownTest> tests, LocalDate date)
    {
        var start = StartOf(date);
        var end = EndOf(date);
        foreach (ref readonly var test in tests)
        {
            if (test.Sampled >= start && test.Sampled < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The wall offset of the zone while <paramref name="instant"/> is in the steady interval that holds the
    /// policy (+08:00), so that local time is plain arithmetic; false outside it, where the zone must be asked.</summary>
    internal static bool TrySteadyOffset(Instant instant, out Offset offset)
    {
        offset = SteadyOffset;
        return InSteady(instant);
    }

    private static bool InSteady(Instant instant) => instant >= SteadyStart && (!SteadyHasEnd || instant < SteadyEnd);

    private static long Mod(long value, long divisor)
    {
        var remainder = value % divisor;
        return remainder < 0 ? remainder + divisor : remainder;
    }

    /// <summary>The local midnight that ends <paramref name="date"/> ("due at the end of day N").</summary>
    public static Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));
}
