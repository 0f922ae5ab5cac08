using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Serialization;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Beibei.Rules.AspNetCore;

/// <summary>The handlers of the decision service. Each reads its body under the casebook's limits, answers bad input with
/// problem details (never 500), and writes the decision JSON of <see cref="BeibeiRulesJson"/>.</summary>
internal static class DecisionEndpoints
{
    /// <summary>The freshness of an answer about now that no instant ahead changes: a year, HTTP's customary maximum.</summary>
    public const int LongestMaxAge = 31_536_000;

    private const string Json = "application/json; charset=utf-8";
    // The decision JSON is held to its shape by the tests of every case over HTTP; the writer need not check it again.
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonEncodedText DecisionName = JsonEncodedText.Encode("decision");

    public static async Task DecideAsync(HttpContext context, ServiceState state)
    {
        var started = Stopwatch.GetTimestamp();
        using var body = await RequestBody.ReadAsync(context, state.Metrics).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        var now = state.Clock.GetCurrentInstant();
        var request = CaseRequestReader.ReadDecision(body.Memory, now, state.Deciders.Options, state.Policy);
        if (request.Read.Case is not { } definition || request.Read.AllErrors.Count > 0)
        {
            await InvalidAsync(context, state, Problems.Of(request.Read.AllErrors)).ConfigureAwait(false);
            return;
        }

        var result = state.Deciders.Decide(definition.Options, definition.Person, definition.Ask, definition.At!.Value);
        if (!result.IsValid)
        {
            await InvalidAsync(context, state, result.Errors).ConfigureAwait(false);
            return;
        }

        var decision = result.Value;
        var id = DecisionIds.New(now.ToDateTimeOffset());
        var json = WithId(id, decision);
        var response = context.Response;
        response.ContentType = Json;
        if (request.AtGiven)
        {
            // A question about a given instant is a pure function of the body and the policy.
            response.Headers.CacheControl = "private";
            response.Headers.ETag = ETag(body.Memory.Span, decision.Policy);
        }
        else
        {
            SetFreshness(response, decision, now);
        }

        await response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
        state.Metrics.Decided(definition.Ask, decision.Verdict);
        var elapsed = Stopwatch.GetElapsedTime(started);
        state.Metrics.Took("decisions", elapsed);
        if (state.Log is { } log)
        {
            var item = new DecisionLog.Item(id, definition.At.Value, json, decision.Policy, Microseconds(elapsed), null);
            await log.WriteAsync(new DecisionLog.Entry(now, body.ToArray(), definition.Options, state.Policy.Parameters, [item]), context.RequestAborted).ConfigureAwait(false);
        }
    }

    public static async Task BatchAsync(HttpContext context, ServiceState state)
    {
        var started = Stopwatch.GetTimestamp();
        using var body = await RequestBody.ReadAsync(context, state.Metrics).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        var now = state.Clock.GetCurrentInstant();
        var stamp = now.ToDateTimeOffset();
        using var batch = BatchReader.Open(body.Memory, now, state.Deciders.Options, state.Settings.MaxBatchItems, state.Policy);
        if (!batch.IsValid)
        {
            await InvalidAsync(context, state, Problems.Of(batch.Errors)).ConfigureAwait(false);
            return;
        }

        var logged = state.Log is null ? null : new List<DecisionLog.Item>(batch.Count);
        var language = Problems.LanguageOf(context);
        var scratch = new ArrayBufferWriter<byte>(4096);
        using var scratchJson = new Utf8JsonWriter(scratch, Writing);
        var response = context.Response;
        response.ContentType = Json;
        response.Headers.CacheControl = "no-store";

        // Streamed: a batch's answer is megabytes, and one buffer of it would land on the large-object heap.
        await using (var json = new Utf8JsonWriter(response.BodyWriter, Writing))
        {
            json.WriteStartObject();
            json.WriteStartArray("results");
            // Each item is read, decided and written before the next is read: a batch keeps one case alive, not all.
            var i = -1;
            foreach (var item in batch.Items)
            {
                i++;
                var itemStarted = Stopwatch.GetTimestamp();
                json.WriteStartObject();
                WriteId(json, item);
                IReadOnlyList<InputError> errors;
                if (item.Read.Case is { } definition && item.Read.AllErrors.Count == 0)
                {
                    var result = state.Deciders.Decide(definition.Options, definition.Person, definition.Ask, definition.At!.Value);
                    if (result.IsValid)
                    {
                        // The decision's compact JSON after its id, in one copy of bytes (which the log keeps too).
                        WithId(scratch, scratchJson, stamp, result.Value);
                        json.WritePropertyName(DecisionName);
                        json.WriteRawValue(scratch.WrittenSpan, skipInputValidation: true);
                        if (logged is not null)
                        {
                            var id = Encoding.UTF8.GetString(scratch.WrittenSpan.Slice(IdAt, DecisionIds.Length));
                            logged.Add(new DecisionLog.Item(id, definition.At.Value, scratch.WrittenSpan.ToArray(), result.Value.Policy, Microseconds(Stopwatch.GetElapsedTime(itemStarted)), i));
                        }

                        json.WriteEndObject();
                        state.Metrics.Decided(definition.Ask, result.Value.Verdict);
                    }
                    else
                    {
                        errors = result.Errors;
                        WriteErrors(json, state, Problems.Localize(errors, language));
                    }
                }
                else
                {
                    errors = Problems.Of(item.Read.AllErrors);
                    WriteErrors(json, state, Problems.Localize(errors, language));
                }

                if (json.BytesPending > 1 << 17)
                {
                    json.Flush();
                    await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        state.Metrics.Took("batch", Stopwatch.GetElapsedTime(started));
        if (state.Log is { } log && logged is { Count: > 0 })
        {
            await log.WriteAsync(new DecisionLog.Entry(now, body.ToArray(), batch.Options!, state.Policy.Parameters, logged), context.RequestAborted).ConfigureAwait(false);
        }
    }

    public static async Task TimelineAsync(HttpContext context, ServiceState state)
    {
        var started = Stopwatch.GetTimestamp();
        using var body = await RequestBody.ReadAsync(context, state.Metrics).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        var request = CaseRequestReader.ReadTimeline(body.Memory, state.Clock.GetCurrentInstant(), state.Deciders.Options, state.Policy);
        if (request.Read.Case is not { } definition || request.Read.AllErrors.Count > 0 || request.Until is not { } until)
        {
            await InvalidAsync(context, state, Problems.Of(request.Read.AllErrors)).ConfigureAwait(false);
            return;
        }

        var result = state.Deciders.Timeline(definition.Options, definition.Person, definition.Ask, definition.At!.Value, until);
        if (!result.IsValid)
        {
            await InvalidAsync(context, state, result.Errors).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.ContentType = Json;
        response.Headers.CacheControl = "private";
        await response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(result.Value, BeibeiRulesJson.Options), context.RequestAborted).ConfigureAwait(false);
        state.Metrics.Took("timelines", Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Cache-Control and Expires for an answer about now: it holds until valid-until if nothing new is learned.</summary>
    internal static void SetFreshness(HttpResponse response, Decision decision, Instant now)
    {
        if (decision.ValidUntil is { } until)
        {
            var seconds = Math.Max(0, (long)Math.Floor((until - now).TotalSeconds));
            response.Headers.CacheControl = $"private, max-age={Math.Min(seconds, LongestMaxAge).ToString(CultureInfo.InvariantCulture)}";
            response.Headers.Expires = DateTimeOffset.FromUnixTimeSeconds(until.ToUnixTimeSeconds()).ToString("R", CultureInfo.InvariantCulture);
        }
        else
        {
            response.Headers.CacheControl = $"private, max-age={LongestMaxAge.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    private static void WriteErrors(Utf8JsonWriter json, ServiceState state, IReadOnlyList<InputError> errors)
    {
        state.Metrics.Failed(errors.Count > 0 ? errors[0].Code : "unknown");
        json.WritePropertyName("errors");
        JsonSerializer.Serialize(json, errors, BeibeiRulesJson.Options);
        json.WriteEndObject();
    }

    private static Task InvalidAsync(HttpContext context, ServiceState state, IReadOnlyList<InputError> errors)
    {
        state.Metrics.Failed(errors.Count > 0 ? errors[0].Code : "unknown");
        return Problems.WriteAsync(context, StatusCodes.Status400BadRequest, errors);
    }

    private static void WriteId(Utf8JsonWriter json, BatchRequestItem item)
    {
        json.WritePropertyName("id");
        if (item.Id is null)
        {
            json.WriteNullValue();
        }
        else if (item.IdIsString)
        {
            json.WriteStringValue(item.Id);
        }
        else
        {
            // A number, true or false as the body wrote it, which the parser has read.
            json.WriteRawValue(item.Id, skipInputValidation: true);
        }
    }

    /// <summary>The decision JSON with <c>decision-id</c> first.</summary>
    private static byte[] WithId(string id, Decision decision)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, Writing);
        WithId(buffer, json, id, decision);
        return buffer.WrittenSpan.ToArray();
    }

    // {"decision-id":"…", the id's text starting at IdAt.
    private static ReadOnlySpan<byte> IdHead => "{\"decision-id\":\""u8;

    private static int IdAt => IdHead.Length;

    /// <summary>Writes <c>{"decision-id":"…",</c> with a new id and the decision's members into <paramref name="buffer"/>.</summary>
    private static void WithId(ArrayBufferWriter<byte> buffer, Utf8JsonWriter json, DateTimeOffset stamp, Decision decision)
    {
        Head(buffer);
        DecisionIds.New(stamp, buffer.GetSpan(DecisionIds.Length));
        buffer.Advance(DecisionIds.Length);
        Members(buffer, json, decision);
    }

    private static void WithId(ArrayBufferWriter<byte> buffer, Utf8JsonWriter json, string id, Decision decision)
    {
        Head(buffer);
        buffer.Advance(Encoding.UTF8.GetBytes(id, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(id.Length))));
        Members(buffer, json, decision);
    }

    private static void Head(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        IdHead.CopyTo(buffer.GetSpan(IdHead.Length));
        buffer.Advance(IdHead.Length);
    }

    /// <summary>Closes the id's string and writes the decision after it: its opening brace becomes the comma between them.</summary>
    private static void Members(ArrayBufferWriter<byte> buffer, Utf8JsonWriter json, Decision decision)
    {
        buffer.GetSpan(1)[0] = (byte)'"';
        buffer.Advance(1);
        var comma = buffer.WrittenCount;
        json.Reset(buffer);
        BeibeiRulesJson.Write(json, decision);
        json.Flush();
        MemoryMarshal.AsMemory(buffer.WrittenMemory).Span[comma] = (byte)',';
    }

    private static string ETag(ReadOnlySpan<byte> body, PolicyIdentity policy)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(body);
        hash.AppendData(Encoding.UTF8.GetBytes("\n" + policy.Digest));
        return "\"" + Convert.ToHexStringLower(hash.GetHashAndReset()) + "\"";
    }

    private static long Microseconds(TimeSpan elapsed) => (long)elapsed.TotalMicroseconds;
}
