using System.Text.Json;
using Beibei.Rules.Decisions;
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
    /// <returns>The case or its errors, and whether the body gave <c>at</c>.</returns>
    public static CaseRequest ReadDecision(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults) => ReadOne(body, now, defaults, null);

    /// <summary>Reads a timeline request: a case and <c>until</c> (the end of the span, included).</summary>
    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="now">The instant a case without <c>at</c> starts at.</param>
    /// <param name="defaults">The options of a case without <c>options</c>.</param>
    /// <returns>The case and <see cref="CaseRequest.Until"/>, or their errors.</returns>
    public static CaseRequest ReadTimeline(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults) => ReadOne(body, now, defaults, Until);

    /// <summary>Reads a batch: each item a case without <c>options</c>, taking the batch's <c>at</c> (else
    /// <paramref name="now"/>) where it gives none, and the batch's <c>options</c>.</summary>
    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="now">The instant an item without <c>at</c> (in a batch without one) asks about.</param>
    /// <param name="defaults">The options of a batch without <c>options</c>.</param>
    /// <param name="maxItems">The most items accepted (from 1 to <see cref="MaxBatchItems"/>).</param>
    /// <returns>The items in the order given, each with its own errors, or the batch's own errors.</returns>
    public static BatchRequest ReadBatch(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, int maxItems)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var errors = new List<CasebookError>();
        if (JsonNodes.Parse(body, Body, errors) is not { } root)
        {
            return new BatchRequest([], errors);
        }

        var budget = new NodeReader.Budget();
        var reader = new NodeReader(Body, errors, [], string.Empty, budget);
        if (reader.Mapping(root, string.Empty, BatchKeys) is not { } map)
        {
            return new BatchRequest([], errors);
        }

        var at = NodeReader.Optional(map, "at") is { } atNode ? reader.Instant(atNode, "at") : now;
        var options = NodeReader.Optional(map, "options") is { } optionsNode ? CasebookReader.ReadOptions(optionsNode, reader) : defaults;
        IReadOnlyList<YamlNode>? nodes = null;
        if (reader.Required(map, root, string.Empty, "items") is { } itemsNode && reader.Sequence(itemsNode, "items") is { } read)
        {
            nodes = read;
            var limit = Math.Clamp(maxItems, 1, MaxBatchItems);
            if (read.Count > limit)
            {
                reader.Error(itemsNode, "items", BatchItemsCode, $"A batch holds at most {limit} items; this one holds {read.Count}.");
            }
        }

        if (errors.Count > 0 || nodes is null || at is null || options is null)
        {
            return new BatchRequest([], errors);
        }

        var givenAt = NodeReader.Optional(map, "at") is not null;
        var items = new BatchRequestItem[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var itemErrors = new List<CasebookError>();
            var node = nodes[i];
            var id = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) && idNode is YamlScalarNode scalar
                ? scalar
                : null;
            var definition = CasebookReader.ReadCase(node, Body, string.Empty, itemErrors, expectAllowed: false, budget, at, options, Id);
            var itemAt = givenAt || (node is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("at")));
            items[i] = new BatchRequestItem(
                id is null ? null : id.Value,
                id is not null && id.Style != YamlDotNet.Core.ScalarStyle.Plain,
                new CaseReadResult(itemErrors.Count == 0 ? definition : null, itemErrors),
                itemAt);
        }

        return new BatchRequest(items, []);
    }

    private static CaseRequest ReadOne(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, string[]? otherKeys)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var errors = new List<CasebookError>();
        if (JsonNodes.Parse(body, Body, errors) is not { } root)
        {
            return new CaseRequest(new CaseReadResult(null, errors), false, null);
        }

        var budget = new NodeReader.Budget();
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
