using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>Writes a <see cref="Reason"/> as the decision JSON does: <c>clause</c>, <c>force</c>, the citation flat
/// (<c>sources</c>, <c>paragraph</c>, <c>quotation</c>, <c>summary</c>), <c>proof</c> when there is one, and
/// <c>conditions</c>.</summary>
/// <remarks>Write-only: a reason is a result, reading one is a <see cref="JsonException"/>. Thread-safe.</remarks>
public sealed class ReasonJsonConverter : JsonConverter<Reason>
{
    /// <inheritdoc/>
    public override Reason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw CitedJson.WriteOnly(typeToConvert);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Reason value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("clause", value.ClauseId);
        writer.WriteString("force", PolicyTerms.Of(value.Force));
        CitedJson.WriteCitation(writer, value.Citation, options);
        if (value.Proof is { } proof)
        {
            writer.WriteStartObject("proof");
            CitedJson.WriteProofFields(writer, proof);
            writer.WriteEndObject();
        }

        writer.WritePropertyName("conditions");
        JsonSerializer.Serialize(writer, value.Conditions, BeibeiRulesJsonContext.Default.IReadOnlyListCondition);
        writer.WriteEndObject();
    }
}
