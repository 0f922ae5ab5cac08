using System.Text.Json;
using Beibei.Rules.Engine;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Casebook;

/// <summary>A batch of the decision service read one item at a time: the envelope (<c>at</c>, <c>options</c>, the
/// number of <c>items</c>) is read when the reader opens, each item only as <see cref="Items"/> reaches it.</summary>
/// <remarks>
/// <see cref="CaseRequestReader.ReadBatch"/> reads every item before the first is decided, so a batch of thousands keeps
/// thousands of cases alive at once; a server that decides and writes each item as it is read keeps one. Each item reads
/// to exactly what <see cref="CaseRequestReader.ReadBatch"/> gives for it (that method goes through this reader).
/// A batch written plainly (what services send in bulk: see <see cref="JsonStreamingBatch"/>) is read token by token
/// from the body, without a parsed document; any other is parsed, and the reader then holds a document from a pool,
/// which <see cref="Dispose"/> gives back. Both ways read a body to the same items. The body must stay unchanged until
/// the reader is disposed. Not thread-safe: one enumeration of <see cref="Items"/> at a time.
/// </remarks>
public sealed class BatchReader : IDisposable
{
    private static readonly string[] Id = ["id"];
    private static readonly string[] BatchKeys = ["at", "options", "items"];

    // An item of a plain batch parsed alone: within the depth its batch was scanned at.
    private static readonly JsonDocumentOptions Alone = new() { MaxDepth = CasebookLimits.MaxDepth };

    private readonly JsonDocument? document;
    private readonly JsonElement items;

    // A plain batch (see JsonStreamingBatch) is not parsed: its body and where each item is in it.
    private readonly ReadOnlyMemory<byte> body;
    private readonly Range[]? spans;
    private readonly JsonStreamingBatch.Scratch scratch = new();
    private readonly Instant at;
    private readonly PolicyOptions? options;
    private readonly bool givenAt;
    private readonly Policy? policy;
    private readonly NodeReader.Budget budget;
    private bool disposed;

    private BatchReader(JsonDocument? document, List<CasebookError> errors, NodeReader.Budget budget)
    {
        this.document = document;
        this.budget = budget;
        Errors = errors;
    }

    /// <summary>A valid batch: parsed (<paramref name="document"/> and its <paramref name="items"/>), or plain (its
    /// <paramref name="body"/> and where each item is in it, <paramref name="spans"/>).</summary>
    private BatchReader(JsonDocument? document, JsonElement items, ReadOnlyMemory<byte> body, Range[]? spans, Instant at, PolicyOptions options, bool givenAt, Policy? policy, NodeReader.Budget budget)
        : this(document, [], budget)
    {
        this.items = items;
        this.body = body;
        this.spans = spans;
        this.at = at;
        this.options = options;
        this.givenAt = givenAt;
        this.policy = policy;
        Count = spans?.Length ?? items.GetArrayLength();
    }

    /// <summary>The batch's own errors (a bad envelope, <c>at</c> or <c>options</c>, too many items); when there are
    /// any, the batch has no items.</summary>
    public IReadOnlyList<CasebookError> Errors { get; }

    /// <summary>True when the batch itself could be read (its items may still hold errors).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>How many items the batch holds (0 when it is not valid).</summary>
    public int Count { get; }

    /// <summary>The batch's <c>options</c>, else the defaults it was opened with; null when the batch is not valid.</summary>
    public PolicyOptions? Options => options;

    /// <summary>The items in the order given, each read as the enumeration reaches it, with its own case or errors.</summary>
    /// <exception cref="ObjectDisposedException">Enumerated after <see cref="Dispose"/>.</exception>
    public IEnumerable<BatchRequestItem> Items
    {
        get
        {
            if (!IsValid)
            {
                return [];
            }

            ObjectDisposedException.ThrowIf(disposed, this);
            return Read();
        }
    }

    /// <summary>Opens a batch: reads its envelope, each item to be read from <see cref="Items"/>. Each item is a case
    /// without <c>options</c>, taking the batch's <c>at</c> (else <paramref name="now"/>) where it gives none, and the
    /// batch's <c>options</c>.</summary>
    /// <param name="body">The UTF-8 JSON body, unchanged until the reader is disposed.</param>
    /// <param name="now">The instant an item without <c>at</c> (in a batch without one) asks about.</param>
    /// <param name="defaults">The options of a batch without <c>options</c>.</param>
    /// <param name="maxItems">The most items accepted (from 1 to <see cref="CaseRequestReader.MaxBatchItems"/>).</param>
    /// <param name="policy">The policy the items are for; Chongqing 2022 when null.</param>
    /// <returns>The reader; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="defaults"/> is null.</exception>
    public static BatchReader Open(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, int maxItems, Policy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (JsonNodes.IsPlainlyWithinLimits(body.Span)
            && JsonStreamingBatch.TryScan(body.Span, Math.Clamp(maxItems, 1, CaseRequestReader.MaxBatchItems), out var plainAt, out var spans))
        {
            return new BatchReader(null, default, body, spans, plainAt ?? now, defaults, plainAt is not null, policy, new NodeReader.Budget(policy));
        }

        return OpenParsed(body, now, defaults, maxItems, policy);
    }

    /// <summary>Opens a batch the way every batch that is not plain is opened (<see cref="JsonStreamingBatch"/>): from its
    /// parsed document, each item read by <see cref="JsonFastCase"/> or the casebook reader.</summary>
    internal static BatchReader OpenParsed(ReadOnlyMemory<byte> body, Instant now, PolicyOptions defaults, int maxItems, Policy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var errors = new List<CasebookError>();
        var budget = new NodeReader.Budget(policy);
        var document = JsonNodes.ParseDocument(body, CaseRequestReader.Body, errors);
        if (document is null)
        {
            return new BatchReader(null, errors, budget);
        }

        var read = OpenEnvelope(document.RootElement, now, defaults, maxItems, budget, errors);
        if (read is not { } envelope)
        {
            document.Dispose();
            return new BatchReader(null, errors, budget);
        }

        return new BatchReader(document, envelope.Items, default, null, envelope.At, envelope.Options, envelope.GivenAt, policy, budget);
    }

    /// <summary>Gives the parsed document back to its pool.</summary>
    public void Dispose()
    {
        disposed = true;
        document?.Dispose();
    }

    /// <summary>The envelope read by the casebook reader (its items are counted here, and read one by one later).</summary>
    private static (JsonElement Items, Instant At, PolicyOptions Options, bool GivenAt)? OpenEnvelope(
        JsonElement root, Instant now, PolicyOptions defaults, int maxItems, NodeReader.Budget budget, List<CasebookError> errors)
    {
        var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array ? list : (JsonElement?)null;
        YamlNode envelope;
        if (root.ValueKind == JsonValueKind.Object)
        {
            var mapping = new YamlMappingNode();
            foreach (var property in root.EnumerateObject())
            {
                // The items stand in the envelope as one placeholder each, the same node: the envelope only counts them.
                var value = property.Name == "items" && items is { } array
                    ? new YamlSequenceNode(Enumerable.Repeat<YamlNode>(new YamlScalarNode(string.Empty), array.GetArrayLength()))
                    : JsonNodes.Convert(property.Value, CaseRequestReader.Body, errors);
                if (value is null)
                {
                    return null;
                }

                var key = new YamlScalarNode(property.Name);
                if (mapping.Children.ContainsKey(key))
                {
                    errors.Add(new CasebookError(CaseRequestReader.Body, 0, property.Name, Decisions.ErrorCodes.Syntax, $"The key '{property.Name}' is written twice."));
                    return null;
                }

                mapping.Add(key, value);
            }

            envelope = mapping;
        }
        else if (JsonNodes.Convert(root, CaseRequestReader.Body, errors) is { } converted)
        {
            envelope = converted;
        }
        else
        {
            return null;
        }

        var reader = new NodeReader(CaseRequestReader.Body, errors, [], string.Empty, budget);
        if (reader.Mapping(envelope, string.Empty, BatchKeys) is not { } map)
        {
            return null;
        }

        var at = NodeReader.Optional(map, "at") is { } atNode ? reader.Instant(atNode, "at") : now;
        var options = NodeReader.Optional(map, "options") is { } optionsNode ? CasebookReader.ReadOptions(optionsNode, reader) : defaults;
        if (reader.Required(map, envelope, string.Empty, "items") is { } itemsNode && reader.Sequence(itemsNode, "items") is { } read)
        {
            var limit = Math.Clamp(maxItems, 1, CaseRequestReader.MaxBatchItems);
            if (read.Count > limit)
            {
                reader.Error(itemsNode, "items", CaseRequestReader.BatchItemsCode, $"A batch holds at most {limit} items; this one holds {read.Count}.");
            }
        }

        if (errors.Count > 0 || items is not { } elements || at is null || options is null)
        {
            return null;
        }

        return (elements, at.Value, options, NodeReader.Optional(map, "at") is not null);
    }

    private IEnumerable<BatchRequestItem> Read()
    {
        if (spans is not null)
        {
            foreach (var span in spans)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                yield return ReadPlain(span);
            }

            yield break;
        }

        foreach (var element in items.EnumerateArray())
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            yield return ReadItem(element);
        }
    }

    /// <summary>An item of a plain batch: read token by token when it is plain itself, else parsed alone and read as
    /// an item of a parsed batch is.</summary>
    private BatchRequestItem ReadPlain(Range span)
    {
        var json = body[span];
        if (JsonStreamingBatch.TryReadItem(json.Span, scratch, at, givenAt, options!, budget.Policy, out var item))
        {
            return item;
        }

        using var alone = JsonDocument.Parse(json, Alone);
        return ReadItem(alone.RootElement);
    }

    private BatchRequestItem ReadItem(JsonElement element)
    {
        var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idElement)
            && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                ? idElement
                : (JsonElement?)null;
        var idText = id is { } some ? (some.ValueKind == JsonValueKind.String ? some.GetString() : some.GetRawText()) : null;
        var idIsString = id?.ValueKind == JsonValueKind.String;
        if (JsonFastCase.TryRead(element, at, options!, "id", budget.Policy, out var fast, out var itemAt))
        {
            return new BatchRequestItem(idText, idIsString, new CaseReadResult(fast, []), givenAt || itemAt);
        }

        var itemErrors = new List<CasebookError>();
        var node = JsonNodes.Convert(element, CaseRequestReader.Body, itemErrors);
        var definition = node is null ? null : CasebookReader.ReadCase(node, CaseRequestReader.Body, string.Empty, itemErrors, expectAllowed: false, new NodeReader.Budget(policy), at, options!, Id);
        var hasAt = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("at", out var atElement) && atElement.ValueKind != JsonValueKind.Null;
        return new BatchRequestItem(idText, idIsString, new CaseReadResult(itemErrors.Count == 0 ? definition : null, itemErrors), givenAt || hasAt);
    }
}
