using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beibei.Rules.Serialization;

/// <summary>Writes and reads an enumeration value as its public word (<see cref="PolicyTerms"/>): <c>allowed</c>,
/// <c>overdue</c>, <c>remedy.essential-purpose</c>, never a number.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
/// <remarks>Reading is case-sensitive, as the catalogue writes the words; an unknown word is a <see cref="JsonException"/>.
/// Thread-safe.</remarks>
public sealed class PolicyWordConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PolicyTerms.TryParse<TEnum>(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"Expected one of: {string.Join(", ", PolicyTerms.All<TEnum>())}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(PolicyTerms.Of(value));
}
