using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Engine;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Serialization;

/// <summary>Writes and reads an <see cref="Instant"/> (or <see cref="Nullable{Instant}"/>) as the decision JSON does:
/// ISO 8601 in the policy's calendar zone with its offset, e.g. <c>2022-11-12T18:00:00+08:00</c>.</summary>
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

    // uuuu-MM-ddTHH:mm:ss.fffffffff+HH:mm (years 0000 to 9999; others through NodaTime's pattern).
    private const int MaxLength = 64;

    /// <summary>The same text as the pattern <c>uuuu-MM-ddTHH:mm:ss;FFFFFFFFFo&lt;+HH:mm&gt;</c>, written by hand: a
    /// decision writes a dozen instants and this is the hot path of the decision service.</summary>
    private static int FormatUtf8(Instant instant, Span<byte> text)
    {
        var local = instant.InZone(LocalDays.Zone);
        var offset = local.Offset.Seconds;
        if (local.Year is < 0 or > 9999 || offset % 60 != 0)
        {
            return System.Text.Encoding.ASCII.GetBytes(Writing.Format(local.ToOffsetDateTime()), text);
        }

        var at = 0;
        Digits(text, ref at, local.Year, 4);
        text[at++] = (byte)'-';
        Digits(text, ref at, local.Month, 2);
        text[at++] = (byte)'-';
        Digits(text, ref at, local.Day, 2);
        text[at++] = (byte)'T';
        Digits(text, ref at, local.Hour, 2);
        text[at++] = (byte)':';
        Digits(text, ref at, local.Minute, 2);
        text[at++] = (byte)':';
        Digits(text, ref at, local.Second, 2);
        var nanoseconds = local.NanosecondOfSecond;
        if (nanoseconds != 0)
        {
            text[at++] = (byte)'.';
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            Digits(text, ref at, nanoseconds, digits);
        }

        text[at++] = offset < 0 ? (byte)'-' : (byte)'+';
        offset = Math.Abs(offset) / 60;
        Digits(text, ref at, offset / 60, 2);
        text[at++] = (byte)':';
        Digits(text, ref at, offset % 60, 2);
        return at;
    }

    private static void Digits(Span<byte> text, ref int at, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            text[at + i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        at += count;
    }

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
