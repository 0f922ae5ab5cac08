using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beibei.Rules.Serialization;

/// <summary>Writes <see cref="PolicyOptions"/> as a case's <c>options</c>: every parameter of the catalogue by its name
/// (and each of a policy's own parameters that the options set), each
/// value as a casebook writes it (<c>{"proof-window": "48h", "advice": "deny", ...}</c>), so that a request built in C#
/// carries the options it was decided with.</summary>
/// <remarks>Write-only: options are read, with every problem's code, by the casebook reader
/// (<c>CasebookReader.ReadOptions</c> or a request's <c>options</c>); reading here is a <see cref="JsonException"/>.
/// Thread-safe.</remarks>
public sealed class PolicyOptionsJsonConverter : JsonConverter<PolicyOptions>
{
    /// <inheritdoc/>
    public override PolicyOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("Options are read by the casebook reader (CasebookReader.ReadOptions), which names each bad value with its code.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PolicyOptions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        // The catalogue's parameters, then the ones a policy declares of its own whose value the options set.
        foreach (var parameter in PolicyOptions.Parameters.Concat(value.DeclaredParameters))
        {
            writer.WriteString(parameter.Name, parameter.Format(value));
        }

        writer.WriteEndObject();
    }
}
