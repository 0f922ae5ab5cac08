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
    public static string Format(Instant instant) => Writing.Format(instant.InZone(LocalDays.Zone).ToOffsetDateTime());

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

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));
    }

    private sealed class OptionalInstantConverter : JsonConverter<Instant?>
    {
        public override Instant? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : PolicyInstantConverter.Read(ref reader);

        public override void Write(Utf8JsonWriter writer, Instant? value, JsonSerializerOptions options)
        {
            if (value is { } instant)
            {
                writer.WriteStringValue(Format(instant));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
