using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Beibei.Rules.Decisions;
using Beibei.Rules.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Beibei.Rules.AspNetCore;

/// <summary>The decision log: one JSON line per decision, written by one background writer off the request path.</summary>
/// <remarks>
/// <para>A line is <c>{decision-id, logged-at, at, request, decision, policy, library-version, duration-us}</c>; <c>at</c> is
/// the instant actually decided (the server's clock when the request gave none), and a <c>full</c> request holds that
/// instant and every option, so that <c>beibei-rules replay</c> decides it again exactly.</para>
/// <para>Each line is handed to the operating system whole, and the file is flushed whenever the writer has caught up: a
/// crash can tear only the last line. On a graceful shutdown every line queued is written and flushed to disk. The queue is
/// bounded: when the disk cannot keep up, requests wait rather than lose lines.</para>
/// </remarks>
internal sealed class DecisionLog : IHostedService, IAsyncDisposable
{
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string LibraryVersion = typeof(Decision).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private readonly Channel<Entry> queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(65_536)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly DecisionLogOptions options;
    private FileStream? file;
    private Task? writer;

    public DecisionLog(IOptions<DecisionLogOptions> options) => this.options = options.Value;

    public DecisionLogFacts Facts => options.Facts;

    public ValueTask WriteAsync(Entry entry, CancellationToken cancellation) =>
        queue.Writer.TryWrite(entry) ? ValueTask.CompletedTask : queue.Writer.WriteAsync(entry, cancellation);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        file = new FileStream(options.Path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        writer = Task.Run(WriteLinesAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        if (writer is not null)
        {
            await writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        file?.Flush(flushToDisk: true);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (writer is not null)
        {
            await writer.ConfigureAwait(false);
        }

        if (file is not null)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteLinesAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var entry))
            {
                using var body = entry.Body.IsEmpty ? null : JsonDocument.Parse(entry.Body);
                foreach (var item in entry.Items)
                {
                    buffer.ResetWrittenCount();
                    WriteLine(buffer, entry, item, body?.RootElement);
                    file!.Write(buffer.WrittenSpan);
                }
            }

            // Caught up: hand everything to the operating system, so that a crash from here on loses nothing.
            file!.Flush(flushToDisk: false);
        }
    }

    private void WriteLine(ArrayBufferWriter<byte> buffer, Entry entry, Item item, JsonElement? body)
    {
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartObject();
            json.WriteString("decision-id", item.DecisionId);
            json.WriteString("logged-at", PolicyInstantConverter.Format(entry.LoggedAt));
            json.WriteString("at", PolicyInstantConverter.Format(item.At));
            json.WritePropertyName("request");
            if (options.Facts == DecisionLogFacts.None || body is null)
            {
                json.WriteNullValue();
            }
            else if (options.Facts == DecisionLogFacts.Full)
            {
                WriteRequest(json, entry, item, body.Value);
            }
            else
            {
                var request = new ArrayBufferWriter<byte>(1024);
                using (var requestJson = new Utf8JsonWriter(request, Writing))
                {
                    WriteRequest(requestJson, entry, item, body.Value);
                }

                json.WriteStartObject();
                json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(request.WrittenSpan)));
                json.WriteEndObject();
            }

            json.WritePropertyName("decision");
            json.WriteRawValue(item.Decision.Span, skipInputValidation: true);
            json.WritePropertyName("policy");
            JsonSerializer.Serialize(json, item.Policy, BeibeiRulesJson.Options);
            json.WriteString("library-version", LibraryVersion);
            json.WriteNumber("duration-us", item.DurationMicroseconds);
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    /// <summary>The request as decided: its instant, every option of the policy (the catalogue's and the policy's own),
    /// and the person and question as sent.</summary>
    private static void WriteRequest(Utf8JsonWriter json, Entry entry, Item item, JsonElement body)
    {
        var source = item.Index is { } index ? body.GetProperty("items")[index] : body;
        json.WriteStartObject();
        json.WriteString("at", PolicyInstantConverter.Format(item.At));
        json.WriteStartObject("options");
        foreach (var parameter in entry.Parameters)
        {
            json.WriteString(parameter.Name, parameter.Format(entry.Options));
        }

        json.WriteEndObject();
        foreach (var name in (ReadOnlySpan<string>)["person", "ask"])
        {
            if (source.TryGetProperty(name, out var value))
            {
                json.WritePropertyName(name);
                value.WriteTo(json);
            }
        }

        json.WriteEndObject();
    }

    /// <summary>One request's decisions: a single one, or a batch's, sharing the body and the options; the parameters
    /// are the policy's (<see cref="Engine.Policy.Parameters"/>), each written with its value.</summary>
    internal sealed record Entry(Instant LoggedAt, ReadOnlyMemory<byte> Body, PolicyOptions Options, IReadOnlyList<PolicyParameter> Parameters, IReadOnlyList<Item> Items);

    /// <summary>One decision: its id, instant, JSON as sent, policy, duration, and for a batch the item's index.</summary>
    internal sealed record Item(string DecisionId, Instant At, ReadOnlyMemory<byte> Decision, PolicyIdentity Policy, long DurationMicroseconds, int? Index);
}
