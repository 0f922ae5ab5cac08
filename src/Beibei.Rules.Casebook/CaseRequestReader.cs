using System.Text.Json;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Casebook;

/// <summary>Reads the JSON bodies of the decision service: a case as <c>beibei-rules evaluate</c> reads it (with
/// <c>at</c> optional), a timeline request (a case and <c>until</c>) and a batch (<c>{at?, options?, items: [{id, person,
/// ask, at?}]}</c>), each field with the casebook's codes and under its limits (<see cref="CasebookLimits"/>).</summary>
/// <remarks>The body is parsed as JSON, then read by the casebook reader exactly as the same text in a case file would be
/// (a field's path and code are the same). Nothing here throws for bad input; thread-safe.</remarks>
public static class CaseRequestReader
{
    /// <summary>The most items of one batch: code <see cref="BatchItemsCode"/>.</summary>
    public const int MaxBatchItems = 10_000;

    /// <summary>A batch with more than its limit of items.</summary>
    public const string BatchItemsCode = "limit.batch-items";

    private const string Body = "request";
    private static readonly string[] Until = ["until"];
    private static readonly string[] Id = ["id"];
    private static readonly string[] BatchKeys = ["at", "options", "items"];

    /// <summary>Reads one case without <c>expect</c>; without <c>at</c>, it is asked at <paramref name="now"/>.</summary>
    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="now">The instant a case without <c>at</c> asks about (the server's clock).</param>
    /// <param name="defaults">The options of a case without <c>options</c> (the service's).</param>
    /// <param name="policy">The policy the case is for, whose parameters its <c>options</c> may set; Chongqing 2022 when null.</param>
    /// <returns>The case or its errors, and whether the body gave <c>at</c>.</returns>
    public static CaseRequest ReadDecision(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, Policy? policy = null) => ReadOne(body, now, defaults, null, policy);

    /// <summary>Reads a timeline request: a case and <c>until</c> (the end of the span, included).</summary>
    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="now">The instant a case without <c>at</c> starts at.</param>
    /// <param name="defaults">The options of a case without <c>options</c>.</param>
    /// <param name="policy">The policy the case is for; Chongqing 2022 when null.</param>
    /// <returns>The case and <see cref="CaseRequest.Until"/>, or their errors.</returns>
    public static CaseRequest ReadTimeline(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, Policy? policy = null) => ReadOne(body, now, defaults, Until, policy);

    /// <summary>Reads a batch: each item a case without <c>options</c>, taking the batch's <c>at</c> (else
    /// <paramref name="now"/>) where it gives none, and the batch's <c>options</c>.</summary>
    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="now">The instant an item without <c>at</c> (in a batch without one) asks about.</param>
    /// <param name="defaults">The options of a batch without <c>options</c>.</param>
    /// <param name="maxItems">The most items accepted (from 1 to <see cref="MaxBatchItems"/>).</param>
    /// <param name="policy">The policy the items are for; Chongqing 2022 when null.</param>
    /// <returns>The items in the order given, each with its own errors, or the batch's own errors.</returns>
    public static BatchRequest ReadBatch(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, int maxItems, Policy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var errors = new List<CasebookError>();
        using var document = JsonNodes.ParseDocument(body, Body, errors);
        if (document is null)
        {
            return new BatchRequest([], errors);
        }

        // The envelope is read by the casebook reader; its items are counted here and read one by one below.
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array ? list : (JsonElement?)null;
        YamlNode envelope;
        if (root.ValueKind == JsonValueKind.Object)
        {
            var mapping = new YamlMappingNode();
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Name == "items" && items is { } array
                    ? new YamlSequenceNode(Enumerable.Range(0, array.GetArrayLength()).Select(_ => (YamlNode)new YamlScalarNode(string.Empty)))
                    : JsonNodes.Convert(property.Value, Body, errors);
                if (value is null)
                {
                    return new BatchRequest([], errors);
                }

                var key = new YamlScalarNode(property.Name);
                if (mapping.Children.ContainsKey(key))
                {
                    errors.Add(new CasebookError(Body, 0, property.Name, ErrorCodes.Syntax, $"The key '{property.Name}' is written twice."));
                    return new BatchRequest([], errors);
                }

                mapping.Add(key, value);
            }

            envelope = mapping;
        }
        else if (JsonNodes.Convert(root, Body, errors) is { } converted)
        {
            envelope = converted;
        }
        else
        {
            return new BatchRequest([], errors);
        }

        var budget = new NodeReader.Budget(policy);
        var reader = new NodeReader(Body, errors, [], string.Empty, budget);
        if (reader.Mapping(envelope, string.Empty, BatchKeys) is not { } map)
        {
            return new BatchRequest([], errors);
        }

        var at = NodeReader.Optional(map, "at") is { } atNode ? reader.Instant(atNode, "at") : now;
        var options = NodeReader.Optional(map, "options") is { } optionsNode ? CasebookReader.ReadOptions(optionsNode, reader) : defaults;
        if (reader.Required(map, envelope, string.Empty, "items") is { } itemsNode && reader.Sequence(itemsNode, "items") is { } read)
        {
            var limit = Math.Clamp(maxItems, 1, MaxBatchItems);
            if (read.Count > limit)
            {
                reader.Error(itemsNode, "items", BatchItemsCode, $"A batch holds at most {limit} items; this one holds {read.Count}.");
            }
        }

        if (errors.Count > 0 || items is not { } elements || at is null || options is null)
        {
            return new BatchRequest([], errors);
        }

        var givenAt = NodeReader.Optional(map, "at") is not null;
        var result = new BatchRequestItem[elements.GetArrayLength()];
        var i = 0;
        foreach (var element in elements.EnumerateArray())
        {
            var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idElement)
                && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    ? idElement
                    : (JsonElement?)null;
            var idText = id is { } some ? (some.ValueKind == JsonValueKind.String ? some.GetString() : some.GetRawText()) : null;
            var idIsString = id?.ValueKind == JsonValueKind.String;
            if (JsonFastCase.TryRead(element, at.Value, options, "id", budget.Policy, out var fast, out var itemAt))
            {
                result[i++] = new BatchRequestItem(idText, idIsString, new CaseReadResult(fast, []), givenAt || itemAt);
                continue;
            }

            var itemErrors = new List<CasebookError>();
            var node = JsonNodes.Convert(element, Body, itemErrors);
            var definition = node is null ? null : CasebookReader.ReadCase(node, Body, string.Empty, itemErrors, expectAllowed: false, new NodeReader.Budget(policy), at, options, Id);
            var hasAt = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("at", out var atElement) && atElement.ValueKind != JsonValueKind.Null;
            result[i++] = new BatchRequestItem(idText, idIsString, new CaseReadResult(itemErrors.Count == 0 ? definition : null, itemErrors), givenAt || hasAt);
        }

        return new BatchRequest(result, []);
    }

    private static CaseRequest ReadOne(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, string[]? otherKeys, Policy? policy)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var errors = new List<CasebookError>();
        using var document = JsonNodes.ParseDocument(body, Body, errors);
        if (document is null)
        {
            return new CaseRequest(new CaseReadResult(null, errors), false, null);
        }

        var json = document.RootElement;
        if (JsonFastCase.TryRead(json, now, defaults, otherKeys?[0], policy ?? Policy.Chongqing2022, out var fast, out var atGiven))
        {
            if (otherKeys is null)
            {
                return new CaseRequest(new CaseReadResult(fast, []), atGiven, null);
            }

            if (json.TryGetProperty("until", out var untilElement) && untilElement.ValueKind == JsonValueKind.String
                && NodeReader.TryInstant(untilElement.GetString()!.Trim(), out var end))
            {
                return new CaseRequest(new CaseReadResult(fast, []), atGiven, end);
            }
        }

        if (JsonNodes.Convert(json, Body, errors) is not { } root)
        {
            return new CaseRequest(new CaseReadResult(null, errors), false, null);
        }

        return ReadSlowly(root, now, defaults, otherKeys, errors, policy);
    }

    private static CaseRequest ReadSlowly(YamlNode root, Instant now, PolicyOptions defaults, string[]? otherKeys, List<CasebookError> errors, Policy? policy)
    {
        var budget = new NodeReader.Budget(policy);
        var definition = CasebookReader.ReadCase(root, Body, string.Empty, errors, expectAllowed: false, budget, now, defaults, otherKeys);
        var map = root as YamlMappingNode;
        var givenAt = map is not null && map.Children.TryGetValue(new YamlScalarNode("at"), out var atNode) && !NodeReader.IsNull(atNode);
        Instant? until = null;
        if (otherKeys is not null && map is not null)
        {
            var reader = new NodeReader(Body, errors, [], string.Empty, budget);
            var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                keys[((YamlScalarNode)key).Value!] = value;
            }

            until = reader.Required(keys, root, string.Empty, "until") is { } untilNode ? reader.Instant(untilNode, "until") : null;
        }

        return new CaseRequest(new CaseReadResult(errors.Count == 0 ? definition : null, errors), givenAt, until);
    }
}
