using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>Calendar days of the policy: local dates in <c>Asia/Shanghai</c> (tzdb), whatever offset an input used.</summary>
internal static class LocalDays
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The local midnight that starts <paramref name="date"/>.</summary>
    public static Instant StartOf(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();

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

    /// <summary>The local midnight that ends <paramref name="date"/> ("due at the end of day N").</summary>
    public static Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));
}
