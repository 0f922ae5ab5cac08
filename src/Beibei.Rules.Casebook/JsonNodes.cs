using System.Text.Json;
using Beibei.Rules.Decisions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Casebook;

/// <summary>Parses a JSON body into the node tree the casebook reader reads, under the reader's limits, so that a JSON
/// request is read exactly as the same text in a YAML file would be (strings quoted, numbers, booleans and null plain) but
/// without the YAML parser's cost.</summary>
internal static class JsonNodes
{
    // The first parse stops at the reader's depth limit; a body it refuses is scanned for the limit's own error (with its
    // code), and parsed again deeply enough that only its syntax can fail.
    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = CasebookLimits.MaxDepth };
    private static readonly JsonDocumentOptions Deeply = new() { MaxDepth = CasebookLimits.MaxDepth * 2 };

    /// <summary>The parsed body, or null with one error (syntax or a limit) in <paramref name="errors"/>: not UTF-8, not
    /// JSON, larger, deeper or with more values than the reader's limits.</summary>
    public static JsonDocument? ParseDocument(ReadOnlyMemory<byte> utf8, string file, List<CasebookError> errors)
    {
        if (utf8.Length > CasebookLimits.MaxBytes)
        {
            errors.Add(new CasebookError(file, 0, string.Empty, CasebookLimits.FileSizeCode, $"The input is larger than {CasebookLimits.MaxBytes} bytes."));
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            errors.Add(new CasebookError(file, 0, string.Empty, ErrorCodes.Syntax, "The body is not UTF-8 text."));
            return null;
        }

        // Scanned first only when the body could hold more values than the limit; otherwise only when parsing fails.
        if (MostValues(utf8.Span) > CasebookLimits.MaxNodes && !WithinLimits(utf8.Span, file, errors))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8, Parsing);
        }
        catch (JsonException)
        {
            if (!WithinLimits(utf8.Span, file, errors))
            {
                return null;
            }
        }

        try
        {
            return JsonDocument.Parse(utf8, Deeply);
        }
        catch (JsonException e)
        {
            errors.Add(Syntax(file, e));
            return null;
        }
    }

    /// <summary>True when <paramref name="utf8"/> is UTF-8 text within the byte limit that cannot hold more values than
    /// the limit: the limits <see cref="ParseDocument"/> checks before parsing, all met, so a body read without a parsed
    /// document is read within them.</summary>
    public static bool IsPlainlyWithinLimits(ReadOnlySpan<byte> utf8) =>
        utf8.Length <= CasebookLimits.MaxBytes && System.Text.Unicode.Utf8.IsValid(utf8) && MostValues(utf8) <= CasebookLimits.MaxNodes;

    /// <summary>At least as many values as the text holds: every value but the first follows a <c>[</c>, a <c>,</c> or a
    /// <c>:</c> (inside strings too, which only makes the bound larger).</summary>
    private static long MostValues(ReadOnlySpan<byte> utf8) =>
        1L + utf8.Count((byte)'[') + utf8.Count((byte)',') + utf8.Count((byte)':');

    /// <summary>The node tree of a parsed value (within the limits <see cref="ParseDocument"/> checked), or null with one
    /// error (a key written twice, a value too long) in <paramref name="errors"/>.</summary>
    public static YamlNode? Convert(JsonElement element, string file, List<CasebookError> errors)
    {
        var nodes = 0;
        return Convert(element, 0, file, errors, ref nodes);
    }

    private static YamlNode? Convert(JsonElement element, int depth, string file, List<CasebookError> errors, ref int nodes)
    {
        if (++nodes > CasebookLimits.MaxNodes)
        {
            errors.Add(new CasebookError(file, 0, string.Empty, CasebookLimits.NodesCode, $"The input has more than {CasebookLimits.MaxNodes} values."));
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (depth >= CasebookLimits.MaxDepth)
                {
                    return TooDeep(file, errors);
                }

                var mapping = new YamlMappingNode();
                foreach (var property in element.EnumerateObject())
                {
                    if (Convert(property.Value, depth + 1, file, errors, ref nodes) is not { } value)
                    {
                        return null;
                    }

                    var key = new YamlScalarNode(property.Name) { Style = ScalarStyle.DoubleQuoted };
                    if (mapping.Children.ContainsKey(key))
                    {
                        errors.Add(new CasebookError(file, 0, property.Name, ErrorCodes.Syntax, $"The key '{property.Name}' is written twice."));
                        return null;
                    }

                    mapping.Add(key, value);
                }

                return mapping;
            case JsonValueKind.Array:
                if (depth >= CasebookLimits.MaxDepth)
                {
                    return TooDeep(file, errors);
                }

                var sequence = new YamlSequenceNode();
                foreach (var item in element.EnumerateArray())
                {
                    if (Convert(item, depth + 1, file, errors, ref nodes) is not { } value)
                    {
                        return null;
                    }

                    sequence.Add(value);
                }

                return sequence;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text.Length > CasebookLimits.MaxValueLength)
                {
                    errors.Add(new CasebookError(file, 0, string.Empty, CasebookLimits.StringCode, $"A value is longer than {CasebookLimits.MaxValueLength} characters."));
                    return null;
                }

                return new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted };
            default:
                // Numbers, true, false and null: written plain, as YAML reads them.
                return new YamlScalarNode(element.GetRawText()) { Style = ScalarStyle.Plain };
        }
    }

    /// <summary>Walks the tokens once, so that a body nested deeper than the limit, or with more values, gets the limit's
    /// code whatever follows, and a body that is not JSON gets <c>syntax</c> with its line.</summary>
    private static bool WithinLimits(ReadOnlySpan<byte> utf8, string file, List<CasebookError> errors)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = CasebookLimits.MaxDepth * 2 });
        var values = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= CasebookLimits.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    TooDeep(file, errors);
                    return false;
                }

                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray) && ++values > CasebookLimits.MaxNodes)
                {
                    errors.Add(new CasebookError(file, 0, string.Empty, CasebookLimits.NodesCode, $"The input has more than {CasebookLimits.MaxNodes} values."));
                    return false;
                }
            }
        }
        catch (JsonException e)
        {
            errors.Add(Syntax(file, e));
            return false;
        }

        return true;
    }

    private static CasebookError Syntax(string file, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0) + 1;
        return new CasebookError(file, line, string.Empty, ErrorCodes.Syntax, $"The body is not JSON (line {line}, byte {e.BytePositionInLine ?? 0} of the line).");
    }

    private static YamlNode? TooDeep(string file, List<CasebookError> errors)
    {
        errors.Add(new CasebookError(file, 0, string.Empty, CasebookLimits.DepthCode, $"Lists and mappings nest deeper than {CasebookLimits.MaxDepth} levels."));
        return null;
    }
}
