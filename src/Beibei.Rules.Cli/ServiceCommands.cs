using System.Text;
using System.Text.Json;
using Beibei.Rules.AspNetCore;
using Beibei.Rules.Casebook;
using Beibei.Rules.Engine;
using Beibei.Rules.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Beibei.Rules.Cli;

/// <summary><c>serve</c> and <c>replay</c>: the decision service, and the proof that its logged decisions came from this policy.</summary>
internal static class ServiceCommands
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary><c>serve [--urls URLS] [--log FILE] [--log-facts full|digest|none]</c>: runs until Ctrl+C or SIGTERM.</summary>
    public static int Serve(string urls, string? log, string facts, TextWriter output, TextWriter error)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        PolicyTerms.TryParse<DecisionLogFacts>(facts, out var kept);
        builder.Services.AddBeibeiRulesServer(
            builder.Configuration.GetSection("BeibeiRules"),
            new BeibeiRulesServerOptions { LogPath = log, LogFacts = kept });
        try
        {
            using var app = builder.Build();
            app.UseBeibeiRulesServer();
            app.Start();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            output.WriteLine($"beibei-rules: serving on {string.Join(", ", addresses)}{(log is null ? string.Empty : $", logging decisions to {log} ({facts})")}; Ctrl+C stops");
            output.Flush();
            app.WaitForShutdown();
            return CommandLine.Ok;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                error.WriteLine("beibei-rules: " + failure);
            }

            return CommandLine.BadInput;
        }
        catch (IOException e)
        {
            error.WriteLine($"beibei-rules: cannot serve on {urls}: {e.Message}");
            return CommandLine.BadInput;
        }
    }

    /// <summary><c>replay LOG</c>: decides every logged request again and compares it with the logged decision.</summary>
    public static int Replay(string path, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}:0: the file does not exist ({CasebookLimits.UnreadableCode})");
            return CommandLine.BadInput;
        }

        var lines = File.ReadAllLines(path);
        var last = Array.FindLastIndex(lines, l => l.Length > 0);
        int reproduced = 0, differ = 0, notReplayable = 0;
        var evaluators = new Dictionary<PolicyOptions, Evaluator>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            JsonDocument line;
            try
            {
                line = JsonDocument.Parse(lines[i]);
            }
            catch (JsonException)
            {
                if (i == last)
                {
                    output.WriteLine($"{path}:{i + 1}: the last line is torn (the server stopped while writing it); skipped");
                    notReplayable++;
                }
                else
                {
                    output.WriteLine($"{path}:{i + 1}: not a JSON line");
                    differ++;
                }

                continue;
            }

            using (line)
            {
                var root = line.RootElement;
                var id = root.TryGetProperty("decision-id", out var idElement) ? idElement.GetString() : null;
                if (!root.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object || !request.TryGetProperty("person", out _)
                    || !root.TryGetProperty("decision", out var logged) || !root.TryGetProperty("at", out var atElement))
                {
                    notReplayable++;
                    continue;
                }

                // This tool holds one policy: a host's own policy (another id) decided the line, and only that host can replay it.
                if (root.TryGetProperty("policy", out var loggedPolicy) && loggedPolicy.ValueKind == JsonValueKind.Object
                    && loggedPolicy.TryGetProperty("id", out var policyId) && policyId.ValueKind == JsonValueKind.String
                    && policyId.GetString() is var policyName && policyName != Policy.Chongqing2022.Id)
                {
                    output.WriteLine($"{path}:{i + 1}: {id}: decided under the policy '{policyName}', not '{Policy.Chongqing2022.Id}'; not replayable here");
                    notReplayable++;
                    continue;
                }

                var at = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(atElement.GetString() ?? string.Empty);
                var read = CaseRequestReader.ReadDecision(Encoding.UTF8.GetBytes(request.GetRawText()), at.Success ? at.Value.ToInstant() : default, new PolicyOptions());
                if (read.Read.Case is not { } definition || read.Read.AllErrors.Count > 0)
                {
                    output.WriteLine($"{path}:{i + 1}: {id}: the logged request does not read: {string.Join("; ", read.Read.AllErrors.Select(e => $"{e.Field}: {e.Message} ({e.Code})"))}");
                    differ++;
                    continue;
                }

                if (!evaluators.TryGetValue(definition.Options, out var evaluator))
                {
                    evaluators[definition.Options] = evaluator = new Evaluator(definition.Policy, definition.Options);
                }

                var result = evaluator.Decide(definition.Person, definition.Ask, definition.At!.Value);
                if (!result.IsValid)
                {
                    output.WriteLine($"{path}:{i + 1}: {id}: the logged request is no longer valid: {string.Join("; ", result.Errors)}");
                    differ++;
                    continue;
                }

                using var now = JsonDocument.Parse(BeibeiRulesJson.Serialize(result.Value));
                if (FirstDifference(logged, now.RootElement, "decision") is { } difference)
                {
                    output.WriteLine($"{path}:{i + 1}: {id}: differs at {difference}");
                    differ++;
                }
                else
                {
                    reproduced++;
                }
            }
        }

        if (notReplayable > 0)
        {
            output.WriteLine($"{notReplayable} not replayable (logged without facts, torn, or under another policy)");
        }

        output.WriteLine($"{reproduced} reproduced, {differ} differ");
        return differ > 0 ? CommandLine.CaseFailed : CommandLine.Ok;
    }

    /// <summary>The path of the first difference between a logged decision and a new one, ignoring <c>decision-id</c>.</summary>
    private static string? FirstDifference(JsonElement logged, JsonElement now, string path)
    {
        if (logged.ValueKind != now.ValueKind)
        {
            return $"{path}: logged {logged.GetRawText()}, now {now.GetRawText()}";
        }

        switch (logged.ValueKind)
        {
            case JsonValueKind.Object:
                var names = logged.EnumerateObject().Select(p => p.Name).Where(n => n != "decision-id" || path != "decision").ToList();
                var nowNames = now.EnumerateObject().Select(p => p.Name).ToList();
                foreach (var name in names.Union(nowNames))
                {
                    if (!logged.TryGetProperty(name, out var a) || !now.TryGetProperty(name, out var b))
                    {
                        return $"{path}.{name}: {(now.TryGetProperty(name, out _) ? "not logged" : "no longer given")}";
                    }

                    if (FirstDifference(a, b, $"{path}.{name}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (logged.GetArrayLength() != now.GetArrayLength())
                {
                    return $"{path}: logged {logged.GetArrayLength()} items, now {now.GetArrayLength()}";
                }

                for (var i = 0; i < logged.GetArrayLength(); i++)
                {
                    if (FirstDifference(logged[i], now[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return logged.GetRawText() == now.GetRawText() ? null : $"{path}: logged {logged.GetRawText()}, now {now.GetRawText()}";
        }
    }
}
