using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Casebook;

/// <summary>How instants are written for people and other programs: ISO 8601 in Chongqing local time with its offset.</summary>
public static class PolicyTime
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly OffsetDateTimePattern Pattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    /// <summary>Writes an instant as ISO 8601 in Asia/Shanghai, e.g. <c>2022-11-12T18:00:00+08:00</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Format(Instant instant) => Pattern.Format(instant.InZone(Zone).ToOffsetDateTime());

    /// <summary>Writes an instant for a person: <c>2022-11-12 18:00 (+08:00)</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Friendly(Instant instant)
    {
        var local = instant.InZone(Zone);
        var seconds = local.Second != 0 || local.NanosecondOfSecond != 0 ? local.ToString("':'ss", null) : string.Empty;
        return local.ToString("uuuu'-'MM'-'dd' 'HH':'mm", null) + seconds;
    }
}
