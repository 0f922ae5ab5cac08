using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>Writes an <see cref="Advice"/> as the decision JSON does: <c>clause</c> and the citation flat
/// (<c>sources</c>, <c>paragraph</c>, <c>quotation</c>, <c>summary</c>).</summary>
/// <remarks>Write-only: reading one is a <see cref="JsonException"/>. Thread-safe.</remarks>
public sealed class AdviceJsonConverter : JsonConverter<Advice>
{
    /// <inheritdoc/>
    public override Advice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw CitedJson.WriteOnly(typeToConvert);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Advice value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("clause", value.ClauseId);
        CitedJson.WriteCitation(writer, value.Citation, options);
        writer.WriteEndObject();
    }
}
