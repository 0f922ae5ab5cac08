using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using Beibei.Rules.Serialization;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Beibei.Rules.AspNetCore;

/// <summary>The policy's listings and the health endpoints.</summary>
internal static class InfoEndpoints
{
    private const string Json = "application/json; charset=utf-8";
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    // The smoke case of /readyz: a Yuzhong resident with no test asking to go to Hechuan for a non-essential reason on
    // 20 November 2022 is denied (the central city is one zone not to be left unless necessary).
    private static readonly PersonFacts SmokePerson = new() { Region = "yuzhong" };
    private static readonly Question SmokeQuestion = new Travel("hechuan", Purpose.NonEssential);
    private static readonly Instant SmokeAt = Instant.FromUtc(2022, 11, 20, 2, 0);

    public static Task ClausesAsync(HttpContext context, ServiceState state) =>
        WriteAsync(context, ListingJson.Clauses(state.Policy, state.Deciders.Options));

    public static Task RegionsAsync(HttpContext context, ServiceState state) => WriteAsync(context, ListingJson.Regions(state.Policy.Regions));

    public static Task PolicyAsync(HttpContext context, ServiceState state)
    {
        var options = state.Deciders.Options;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartObject();
            json.WriteString("id", state.Identity.Id);
            json.WriteString("version", state.Identity.Version);
            json.WriteString("digest", state.Identity.Digest);
            json.WriteString("library-version", typeof(Decision).Assembly.GetName().Version?.ToString(3));
            json.WriteStartObject("options");
            foreach (var parameter in state.Policy.Parameters)
            {
                json.WriteString(parameter.Name, parameter.Format(options));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        context.Response.ContentType = Json;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }

    public static Task AliveAsync(HttpContext context) => WriteAsync(context, "{\"status\":\"alive\"}");

    public static Task ReadyAsync(HttpContext context, ServiceState state)
    {
        string? problem = null;
        if (state.Lifetime?.ApplicationStopping.IsCancellationRequested == true)
        {
            problem = "shutting down";
        }
        else if (ReferenceEquals(state.Policy.Regions, Chongqing2022Regions.Table))
        {
            // The smoke case is Chongqing's: a host that chose a policy with regions of its own is ready once the
            // policy is loaded (its identity was computed when the endpoints were mapped).
            var smoke = state.Deciders.Decide(state.Deciders.Options, SmokePerson, SmokeQuestion, SmokeAt);
            if (!smoke.IsValid || smoke.Value.Verdict != Verdict.Denied)
            {
                problem = "the smoke case did not decide as expected";
            }
        }

        context.Response.Headers.CacheControl = "no-store";
        if (problem is not null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return WriteAsync(context, JsonSerializer.Serialize(new Dictionary<string, string> { ["status"] = "not-ready", ["reason"] = problem }, ReadyJson.Default.DictionaryStringString));
        }

        return WriteAsync(context, "{\"status\":\"ready\",\"policy\":" + JsonSerializer.Serialize(state.Identity, BeibeiRulesJson.Options) + "}");
    }

    private static Task WriteAsync(HttpContext context, string json)
    {
        context.Response.ContentType = Json;
        return context.Response.WriteAsync(json, context.RequestAborted);
    }
}
