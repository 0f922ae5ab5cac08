using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Engine;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Serialization;

/// <summary>Writes and reads an <see cref="Instant"/> (or <see cref="Nullable{Instant}"/>) as the decision JSON does:
/// ISO 8601 with the offset of the contract's zone (<see cref="BeibeiRulesJson.Zone"/>), e.g. <c>2022-11-12T18:00:00+08:00</c>.</summary>
/// <remarks>Reading accepts any offset (<c>2022-11-12T10:00:00Z</c> is the same instant); a text without an offset is a
/// <see cref="JsonException"/>, as in the casebook, where an instant without its offset is not an instant. Thread-safe.</remarks>
public sealed class PolicyInstantConverter : JsonConverterFactory
{
    private static readonly OffsetDateTimePattern Writing =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    private static readonly OffsetDateTimePattern Reading = OffsetDateTimePattern.ExtendedIso;

    private static readonly JsonConverter<Instant> Plain = new InstantConverter();

    private static readonly JsonConverter<Instant?> Optional = new OptionalInstantConverter();

    /// <summary>Writes an instant as the decision JSON does.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text, e.g. <c>2022-11-12T18:00:00+08:00</c>.</returns>
    public static string Format(Instant instant)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        return System.Text.Encoding.ASCII.GetString(text[..FormatUtf8(instant, text)]);
    }

    /// <summary>Writes the instant as a JSON string value, without an intermediate string.</summary>
    internal static void Write(Utf8JsonWriter writer, Instant instant)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        writer.WriteStringValue(text[..FormatUtf8(instant, text)]);
    }

    /// <summary>Writes a property whose value is the instant.</summary>
    internal static void Write(Utf8JsonWriter writer, string name, Instant instant)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        writer.WriteString(name, text[..FormatUtf8(instant, text)]);
    }

    /// <summary>Writes a property whose value is the instant, its name escaped once by the caller.</summary>
    internal static void Write(Utf8JsonWriter writer, JsonEncodedText name, Instant instant)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        writer.WriteString(name, text[..FormatUtf8(instant, text)]);
    }

    // The fast path's range: from 1970 to a day before the end of 9999 (years of four digits whatever the offset).
    private static readonly Instant LastSteady = Instant.FromUtc(9999, 12, 31, 0, 0);

    // uuuu-MM-ddTHH:mm:ss.fffffffff+HH:mm (years 0000 to 9999; others through NodaTime's pattern).
    internal const int MaxLength = 64;

    /// <summary>The same text as the pattern <c>uuuu-MM-ddTHH:mm:ss;FFFFFFFFFo&lt;+HH:mm&gt;</c>, written by hand: a
    /// decision writes a dozen instants and this is the hot path of the decision service.</summary>
    internal static int FormatUtf8(Instant instant, Span<byte> text)
    {
        // Inside the zone's steady interval (+08:00 since 1991) local time is arithmetic on the offset, from the days and
        // nanosecond of the day since 1970 that NodaTime keeps (no 64-bit division but one by a constant).
        if (BeibeiRulesJson.WireDays.TrySteadyOffset(instant, out var steady) && steady.Seconds % 60 == 0
            && instant >= NodaConstants.UnixEpoch && instant < LastSteady)
        {
            var sinceEpoch = instant - NodaConstants.UnixEpoch;
            var days = sinceEpoch.Days;
            var nanosecondOfDay = sinceEpoch.NanosecondOfDay + (steady.Seconds * NodaConstants.NanosecondsPerSecond);
            if (nanosecondOfDay >= NodaConstants.NanosecondsPerDay)
            {
                days++;
                nanosecondOfDay -= NodaConstants.NanosecondsPerDay;
            }
            else if (nanosecondOfDay < 0)
            {
                days--;
                nanosecondOfDay += NodaConstants.NanosecondsPerDay;
            }

            var secondOfDay = (int)(nanosecondOfDay / NodaConstants.NanosecondsPerSecond);
            return Formatted(text, days, secondOfDay, (int)(nanosecondOfDay - (secondOfDay * NodaConstants.NanosecondsPerSecond)), steady.Seconds);
        }

        var local = instant.InZone(BeibeiRulesJson.Zone);
        var offset = local.Offset.Seconds;
        if (local.Year is < 0 or > 9999 || offset % 60 != 0)
        {
            return System.Text.Encoding.ASCII.GetBytes(Writing.Format(local.ToOffsetDateTime()), text);
        }

        return Formatted(text, local.Year, local.Month, local.Day, (local.Hour * 3_600) + (local.Minute * 60) + local.Second, local.NanosecondOfSecond, offset);
    }

    /// <summary>Writes the local <paramref name="days"/> since 1970-01-01 (not before its day -1) and time with the offset.</summary>
    private static int Formatted(Span<byte> text, int days, int secondOfDay, int nanoseconds, int offset)
    {
        // The civil date of a day count (proleptic Gregorian, as NodaTime's ISO calendar), in integer arithmetic.
        var z = days + 719_468;
        var era = z / 146_097;
        var dayOfEra = z - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1_460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shifted = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * shifted) + 2) / 5) + 1;
        var month = shifted < 10 ? shifted + 3 : shifted - 9;
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return Formatted(text, year, month, day, secondOfDay, nanoseconds, offset);
    }

    /// <summary>Writes <c>uuuu-MM-ddTHH:mm:ss[.fffffffff]+HH:mm</c> from the local date, second of day, nanoseconds and offset.</summary>
    private static int Formatted(Span<byte> text, int year, int month, int day, int secondOfDay, int nanoseconds, int offset)
    {
        // Two digits at a time from a table: a decision writes a dozen instants, and this is most of their cost.
        Pair(text, 0, year / 100);
        Pair(text, 2, year % 100);
        text[4] = (byte)'-';
        Pair(text, 5, month);
        text[7] = (byte)'-';
        Pair(text, 8, day);
        text[10] = (byte)'T';
        Pair(text, 11, secondOfDay / 3_600);
        text[13] = (byte)':';
        Pair(text, 14, secondOfDay / 60 % 60);
        text[16] = (byte)':';
        Pair(text, 17, secondOfDay % 60);
        var at = 19;
        if (nanoseconds != 0)
        {
            text[at++] = (byte)'.';
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            for (var i = digits - 1; i >= 0; i--)
            {
                text[at + i] = (byte)('0' + (nanoseconds % 10));
                nanoseconds /= 10;
            }

            at += digits;
        }

        text[at] = offset < 0 ? (byte)'-' : (byte)'+';
        offset = Math.Abs(offset) / 60;
        Pair(text, at + 1, offset / 60);
        text[at + 3] = (byte)':';
        Pair(text, at + 4, offset % 60);
        return at + 6;
    }

    // "00" to "99", each number's two digits at twice its index.
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    // The two digits copied as one 16-bit value, between slices that check their bounds.
    private static void Pair(Span<byte> text, int at, int value) =>
        Unsafe.WriteUnaligned(ref text.Slice(at, 2)[0], Unsafe.ReadUnaligned<ushort>(in Pairs.Slice(value * 2, 2)[0]));

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(Instant) || typeToConvert == typeof(Instant?);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(Instant) ? Plain : Optional;

    private static Instant Read(ref Utf8JsonReader reader)
    {
        var parsed = reader.TokenType == JsonTokenType.String ? Reading.Parse(reader.GetString()!) : null;
        return parsed is { Success: true } ? parsed.Value.ToInstant() : throw new JsonException("An instant is written as ISO 8601 with its offset.");
    }

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PolicyInstantConverter.Read(ref reader);

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => PolicyInstantConverter.Write(writer, value);
    }

    private sealed class OptionalInstantConverter : JsonConverter<Instant?>
    {
        public override Instant? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : PolicyInstantConverter.Read(ref reader);

        public override void Write(Utf8JsonWriter writer, Instant? value, JsonSerializerOptions options)
        {
            if (value is { } instant)
            {
                PolicyInstantConverter.Write(writer, instant);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
