using Beibei.Rules.Engine;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Casebook;

/// <summary>How instants are written for people and other programs: for programs, ISO 8601 with the offset of the JSON
/// contract (<see cref="Serialization.BeibeiRulesJson.Zone"/>); for people, in a policy's local time (Chongqing 2022's,
/// Beijing time, unless another policy's <see cref="LocalDays"/> is given).</summary>
public static class PolicyTime
{
    private static readonly DateTimeZone Zone = Serialization.BeibeiRulesJson.Zone;

    private static readonly OffsetDateTimePattern Pattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    /// <summary>Writes an instant as the JSON contract does, e.g. <c>2022-11-12T18:00:00+08:00</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Format(Instant instant) => Pattern.Format(instant.InZone(Zone).ToOffsetDateTime());

    /// <summary>A deadline at a local midnight as people say it: the end of the day before, "by the end of 12 November
    /// 2022" / "11月12日24时前" for a due instant of 2022-11-13 00:00 Beijing time.</summary>
    /// <param name="due">The deadline (inclusive).</param>
    /// <param name="language"><c>en</c> or <c>zh</c> (any <c>zh-*</c>).</param>
    /// <param name="days">The policy's local days; Chongqing 2022's when null.</param>
    /// <returns>The phrase, or <see langword="null"/> when <paramref name="due"/> is not a local midnight.</returns>
    public static string? EndOfDay(Instant due, string language, LocalDays? days = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var local = due.InZone((days ?? Policy.Chongqing2022.Days).Zone);
        if (local.TimeOfDay != LocalTime.Midnight)
        {
            return null;
        }

        var day = local.Date.PlusDays(-1);
        return language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? $"{day.Month}月{day.Day}日24时前"
            : "by the end of " + day.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes an instant for a person in the policy's local time: <c>2022-11-12 18:00</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="days">The policy's local days; Chongqing 2022's when null.</param>
    /// <returns>The text.</returns>
    public static string Friendly(Instant instant, LocalDays? days = null)
    {
        var local = instant.InZone((days ?? Policy.Chongqing2022.Days).Zone);
        var seconds = local.Second != 0 || local.NanosecondOfSecond != 0 ? local.ToString("':'ss", null) : string.Empty;
        return local.ToString("uuuu'-'MM'-'dd' 'HH':'mm", null) + seconds;
    }
}
