using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>Calendar days of the policy: local dates in <c>Asia/Shanghai</c> (tzdb), whatever offset an input used.</summary>
internal static class LocalDays
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The local midnight that starts <paramref name="date"/>.</summary>
    public static Instant StartOf(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();

    /// <summary>The local midnight that ends <paramref name="date"/> ("due at the end of day N").</summary>
    public static Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));
}
