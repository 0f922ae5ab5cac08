using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Decisions;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Casebook;

/// <summary>Writes decisions, timelines and casebook errors as indented JSON: decisions and timelines through the library's
/// one contract (<see cref="BeibeiRulesJson"/>), errors with their file and line. This is the shape other applications read.</summary>
public static class DecisionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The decision as JSON: verdict, reasons (clause, force, sources, paragraph, quotation, summary en/zh, proof),
    /// obligations, valid-until, remedies, advice (clause, sources, paragraph, quotation, summary) and policy (id,
    /// version, digest).</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return JsonSerializer.Serialize(decision, BeibeiRulesJson.IndentedOptions);
    }

    /// <summary>A timeline as JSON: its span and segments (from, until, until-included, verdict, reasons, policy-version).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return JsonSerializer.Serialize(timeline, BeibeiRulesJson.IndentedOptions);
    }

    /// <summary>Input errors as a JSON object: <c>error</c> (the first: code, field, message, line) and <c>errors</c> (all).</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IReadOnlyList<CasebookError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Build(w =>
        {
            w.WriteStartObject();
            if (errors.Count > 0)
            {
                w.WritePropertyName("error");
                WriteError(w, errors[0]);
            }

            w.WriteStartArray("errors");
            foreach (var error in errors)
            {
                WriteError(w, error);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteError(Utf8JsonWriter w, CasebookError error)
    {
        w.WriteStartObject();
        w.WriteString("code", error.Code);
        w.WriteString("field", error.Field);
        w.WriteString("message", error.Message);
        w.WriteString("file", error.File);
        w.WriteNumber("line", error.Line);
        w.WriteEndObject();
    }

    private static string Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
