using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Serialization;

/// <summary>Writes and reads a <see cref="Question"/> of any kind as a case's <c>ask</c>: an object with one key, the
/// question's name, holding its fields (<c>{"travel": {"to": "north", "purpose": "essential"}}</c>).</summary>
/// <remarks>Reading takes only that shape: another key, a second question or a missing field is a
/// <see cref="JsonException"/> (the casebook reader, not this converter, names each problem with its code). Thread-safe.</remarks>
public sealed class QuestionJsonConverter : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(Question).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(Travel) ? new Of<Travel>()
        : typeToConvert == typeof(EnterPublicPlace) ? new Of<EnterPublicPlace>()
        : typeToConvert == typeof(LeaveHome) ? new Of<LeaveHome>()
        : typeToConvert == typeof(Gathering) ? new Of<Gathering>()
        : new Of<Question>();

    private static void Write(Utf8JsonWriter writer, Question question)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(question.Name);
        switch (question)
        {
            case Travel travel:
                writer.WriteString("to", travel.To);
                writer.WriteString("purpose", PolicyTerms.Of(travel.Purpose));
                if (travel.Arrives is { } arrives)
                {
                    PolicyInstantConverter.Write(writer, "arrives", arrives);
                }

                break;
            case EnterPublicPlace place:
                if (place.Region is { } region)
                {
                    writer.WriteString("region", region);
                }

                if (place.Kind is { } kind)
                {
                    writer.WriteString("kind", PolicyTerms.Of(kind));
                }

                break;
            case LeaveHome leave:
                writer.WriteString("purpose", PolicyTerms.Of(leave.Purpose));
                break;
            case Gathering gathering:
                writer.WriteString("kind", PolicyTerms.Of(gathering.Kind));
                break;
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static Question Read(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.GetPropertyCount() != 1)
        {
            throw new JsonException("ask holds exactly one of travel, enter-public-place, leave-home, gathering.");
        }

        var property = root.EnumerateObject().First();
        var value = property.Value;
        return property.Name switch
        {
            "travel" => new Travel(Text(value, "to")!, Word<Purpose>(value, "purpose")!.Value, Time(value, "arrives")),
            "enter-public-place" => new EnterPublicPlace(Text(value, "region", optional: true), Word<PlaceKind>(value, "kind", optional: true)),
            "leave-home" => new LeaveHome(Word<Purpose>(value, "purpose")!.Value),
            "gathering" => new Gathering(Word<GatheringKind>(value, "kind")!.Value),
            var other => throw new JsonException($"'{other}' is not a question; expected one of: travel, enter-public-place, leave-home, gathering."),
        };
    }

    private static string? Text(JsonElement value, string name, bool optional = false) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()
            : optional && (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out _)) ? null : throw new JsonException($"'{name}' must be a string.");

    private static TEnum? Word<TEnum>(JsonElement value, string name, bool optional = false)
        where TEnum : struct, Enum =>
        Text(value, name, optional) is not { } word ? null
        : PolicyTerms.TryParse<TEnum>(word, out var parsed) ? parsed
        : throw new JsonException($"'{word}' is not one of: {string.Join(", ", PolicyTerms.All<TEnum>())}.");

    private static Instant? Time(JsonElement value, string name)
    {
        if (Text(value, name, optional: true) is not { } text)
        {
            return null;
        }

        var parsed = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value.ToInstant() : throw new JsonException($"'{text}' is not an instant with its offset.");
    }

    private sealed class Of<TQuestion> : JsonConverter<TQuestion>
        where TQuestion : Question
    {
        public override TQuestion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            QuestionJsonConverter.Read(ref reader) as TQuestion ?? throw new JsonException($"The question is not a {typeof(TQuestion).Name}.");

        public override void Write(Utf8JsonWriter writer, TQuestion value, JsonSerializerOptions options) => QuestionJsonConverter.Write(writer, value);
    }
}
