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

    internal const string Body = "request";
    private static readonly string[] Until = ["until"];

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
        using var reader = BatchReader.Open(body, now, defaults, maxItems, policy);
        return new BatchRequest(reader.IsValid ? [.. reader.Items] : [], reader.Errors);
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
