using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Beibei.Rules.AspNetCore;

namespace Beibei.Rules.Tests.Service;

/// <summary>The decision log: one JSON line per decision, written off the request path and flushed on a graceful
/// shutdown, and <c>beibei-rules replay</c> reproducing it.</summary>
public sealed class DecisionLogTests : IDisposable
{
    private const string Trip = """{"person":{"region":"beibei","tests":[{"sampled":"2022-11-11T09:00:00+08:00","resulted":"2022-11-11T15:00:00+08:00","result":"negative"}],"reports":[{"to":"hechuan","at":"2022-11-11T20:00:00+08:00"}]},"ask":{"travel":{"to":"hechuan","purpose":"essential"}}}""";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"beibei-log-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task EveryDecision_IsOneLine_WithTheInstantDecided_AndReplayReproducesThemAll()
    {
        var sent = await SendAsync(DecisionLogFacts.Full);

        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(sent.Count, lines.Length);
        foreach (var line in lines.Select(l => JsonNode.Parse(l)!))
        {
            Assert.Contains(line["decision-id"]!.GetValue<string>(), sent);
            Assert.Equal(line["decision-id"]!.GetValue<string>(), line["decision"]!["decision-id"]!.GetValue<string>());
            Assert.Equal(line["at"]!.GetValue<string>(), line["request"]!["at"]!.GetValue<string>());
            Assert.Equal(line["at"]!.GetValue<string>(), line["decision"]!["at"]!.GetValue<string>());
            Assert.Equal("48h", line["request"]!["options"]!["proof-window"]!.GetValue<string>());
            Assert.NotNull(line["request"]!["person"]);
            Assert.NotNull(line["logged-at"]);
            Assert.Equal(line["decision"]!["policy"]!.ToJsonString(), line["policy"]!.ToJsonString());
            Assert.Equal("0.2.0", line["library-version"]!.GetValue<string>()[..5]);
            Assert.True(line["duration-us"]!.GetValue<long>() >= 0);
        }

        // The request without at was decided at the server's clock, and the line says so.
        Assert.Contains(lines, l => JsonNode.Parse(l)!["at"]!.GetValue<string>() == "2022-11-12T10:00:00+08:00");
        var (exit, output) = Replay();
        Assert.Equal(0, exit);
        Assert.EndsWith($"{sent.Count} reproduced, 0 differ", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALoggedDecisionThatThisPolicyWouldNotMake_IsReportedAsDiffering()
    {
        await SendAsync(DecisionLogFacts.Full);
        var lines = await File.ReadAllLinesAsync(path);
        lines[1] = lines[1].Replace("\"verdict\":\"allowed\"", "\"verdict\":\"denied\"", StringComparison.Ordinal)
            .Replace("\"verdict\":\"denied\",\"reasons\":[{", "\"verdict\":\"allowed\",\"reasons\":[{", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines);

        var (exit, output) = Replay();

        Assert.Equal(1, exit);
        Assert.Contains(":2: ", output, StringComparison.Ordinal);
        Assert.Contains("differs at decision.verdict", output, StringComparison.Ordinal);
        Assert.EndsWith($"{lines.Length - 1} reproduced, 1 differ", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATornLastLine_IsReportedAndSkipped()
    {
        var sent = await SendAsync(DecisionLogFacts.Full);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text[..^40]);

        var (exit, output) = Replay();

        Assert.Equal(0, exit);
        Assert.Contains($":{sent.Count}: the last line is torn", output, StringComparison.Ordinal);
        Assert.EndsWith($"{sent.Count - 1} reproduced, 0 differ", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_KeepsAHashOfTheRequest_NotTheFacts()
    {
        var sent = await SendAsync(DecisionLogFacts.Digest);
        var lines = await File.ReadAllLinesAsync(path);

        Assert.Equal(sent.Count, lines.Length);
        Assert.All(lines, l =>
        {
            Assert.DoesNotContain("beibei\"", l[..l.IndexOf("\"decision\"", StringComparison.Ordinal)], StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", JsonNode.Parse(l)!["request"]!["sha256"]!.GetValue<string>());
        });
        var (exit, output) = Replay();
        Assert.Equal(0, exit);
        Assert.Contains($"{sent.Count} not replayable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_IsTheSha256OfTheFullRequest()
    {
        await SendAsync(DecisionLogFacts.Full);
        var full = (await File.ReadAllLinesAsync(path)).Select(l => JsonNode.Parse(l)!).ToList();
        File.Delete(path);
        await SendAsync(DecisionLogFacts.Digest);
        var digests = (await File.ReadAllLinesAsync(path)).Select(l => JsonNode.Parse(l)!).ToList();

        for (var i = 0; i < full.Count; i++)
        {
            var request = full[i]["request"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request))), digests[i]["request"]!["sha256"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task None_KeepsNoRequest()
    {
        await SendAsync(DecisionLogFacts.None);

        Assert.All(await File.ReadAllLinesAsync(path), l => Assert.Null(JsonNode.Parse(l)!["request"]));
    }

    [Fact]
    public async Task AHostPolicysOwnParameter_IsLogged_AndReplayHereSaysItCannotDecideThatPolicy()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.UseTestServer(builder.WebHost);
        builder.Services.AddBeibeiRules(Engine.DeclaredParameterTests.WithMarkets);
        builder.Services.AddBeibeiRulesDecisionLog(log =>
        {
            log.Path = path;
            log.Facts = DecisionLogFacts.Full;
        });
        await using (var app = builder.Build())
        {
            app.MapBeibeiRules();
            await app.StartAsync();
            using var client = Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions.GetTestClient(app);
            const string Case = "\"at\":\"2022-11-15T18:00:00+08:00\",\"person\":{\"region\":\"hechuan\"},\"ask\":{\"enter-public-place\":{\"region\":\"hechuan\",\"kind\":\"market\"}}";
            using var single = await client.PostAsync("/v1/decisions", Json.Body("{\"options\":{\"market-closing\":\"18:00\"}," + Case + "}"));
            using var batch = await client.PostAsync("/v1/decisions/batch", Json.Body("{\"items\":[{\"id\":\"a\"," + Case + "}]}"));
            Assert.Equal(HttpStatusCode.OK, single.StatusCode);
            Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
            await app.StopAsync();
        }

        var lines = (await File.ReadAllLinesAsync(path)).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal(["18:00", "20:00"], lines.Select(l => l["request"]!["options"]!["market-closing"]!.GetValue<string>()));
        Assert.All(lines, l => Assert.Equal("48h", l["request"]!["options"]!["proof-window"]!.GetValue<string>()));

        // This tool holds Chongqing 2022 only: the host's lines are not replayable here, and nothing is said to differ.
        var (exit, output) = Replay();
        Assert.Equal(0, exit);
        Assert.Contains("decided under the policy '" + Engine.DeclaredParameterTests.WithMarkets.Id + "'", output, StringComparison.Ordinal);
        Assert.Contains("2 not replayable", output, StringComparison.Ordinal);
        Assert.EndsWith("0 reproduced, 0 differ", output.TrimEnd(), StringComparison.Ordinal);
    }

    /// <summary>Sends a decision about now, one about a given instant and a batch of three (one bad), then stops the host
    /// gracefully; returns the decision ids answered.</summary>
    private async Task<List<string>> SendAsync(DecisionLogFacts facts)
    {
        var ids = new List<string>();
        using (var service = new ServiceFactory([], new BeibeiRulesServerOptions { LogPath = path, LogFacts = facts }))
        {
            using var client = service.CreateClient();
            var atGiven = JsonNode.Parse(Trip)!.AsObject();
            atGiven["at"] = "2022-11-13T09:00:01+08:00";
            foreach (var body in new[] { Trip, atGiven.ToJsonString() })
            {
                using var response = await client.PostAsync("/v1/decisions", Json.Body(body));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                ids.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["decision-id"]!.GetValue<string>());
            }

            var trip = Trip[1..^1];
            var batch = "{\"at\":\"2022-11-12T18:00:00+08:00\",\"options\":{\"proof-window\":\"48h\"},\"items\":["
                + "{\"id\":1," + trip + "},"
                + "{\"id\":2,\"person\":{\"region\":\"北培\"},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}},"
                + "{\"id\":3,\"at\":\"2022-11-14T10:00:00+08:00\"," + trip + "}]}";
            using var answer = await client.PostAsync("/v1/decisions/batch", Json.Body(batch));
            foreach (var result in JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["results"]!.AsArray())
            {
                if (result!["decision"] is { } decision)
                {
                    ids.Add(decision["decision-id"]!.GetValue<string>());
                }
            }
        }

        return ids;
    }

    private (int Exit, string Output) Replay()
    {
        var output = new StringWriter();
        var exit = Beibei.Rules.Cli.CommandLine.Run(["replay", path], new StringReader(string.Empty), output, new StringWriter());
        return (exit, output.ToString());
    }
}
