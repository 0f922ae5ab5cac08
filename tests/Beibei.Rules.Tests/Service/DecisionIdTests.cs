using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Beibei.Rules.AspNetCore;

namespace Beibei.Rules.Tests.Service;

/// <summary>The <c>decision-id</c> the service gives each decision: a UUID version 7 stamped with the server's clock,
/// never repeated, first in the decision; and a batch answers the same bytes whether or not it keeps a decision log.</summary>
public sealed partial class DecisionIdTests : IDisposable
{
    private const string Trip = """{"person":{"region":"beibei","tests":[{"sampled":"2022-11-11T09:00:00+08:00","resulted":"2022-11-11T15:00:00+08:00","result":"negative"}],"reports":[{"to":"hechuan","at":"2022-11-11T20:00:00+08:00"}]},"ask":{"travel":{"to":"hechuan","purpose":"essential"}}}""";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"beibei-ids-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task EveryDecisionId_IsAVersion7Uuid_StampedWithTheServersClock_AndNoneRepeats()
    {
        using var service = new ServiceFactory();
        using var client = service.CreateClient();
        var ids = new List<string>();

        // More items than one thread's buffer of random bits holds (409 ids), in four batches at once and one by one.
        var batches = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(client, "/v1/decisions/batch", Batch(450))));
        foreach (var batch in batches)
        {
            ids.AddRange(batch["results"]!.AsArray().Select(r => r!["decision"]!["decision-id"]!.GetValue<string>()));
        }

        for (var i = 0; i < 20; i++)
        {
            ids.Add((await PostAsync(client, "/v1/decisions", Trip))["decision-id"]!.GetValue<string>());
        }

        var clock = service.Clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        Assert.Equal(4 * 450 + 20, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in ids)
        {
            Assert.Matches(Uuid7(), id);
            Assert.Equal(clock, Convert.ToInt64(id[..8] + id[9..13], 16));
        }
    }

    [Fact]
    public async Task ABatchsAnswer_IsTheSameBytes_WithAndWithoutADecisionLog_TheIdFirstInEachDecision()
    {
        var body = Batch(3);
        string plain;
        using (var service = new ServiceFactory())
        using (var client = service.CreateClient())
        using (var response = await client.PostAsync("/v1/decisions/batch", Json.Body(body)))
        {
            plain = await response.Content.ReadAsStringAsync();
        }

        string logged;
        using (var service = new ServiceFactory([], new BeibeiRulesServerOptions { LogPath = path, LogFacts = DecisionLogFacts.Full }))
        using (var client = service.CreateClient())
        using (var response = await client.PostAsync("/v1/decisions/batch", Json.Body(body)))
        {
            logged = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(3, Id().Matches(plain).Count);
        Assert.Equal(Id().Replace(plain, "\"decision\":{\"decision-id\":\"…\""), Id().Replace(logged, "\"decision\":{\"decision-id\":\"…\""));
    }

    private static string Batch(int count) =>
        "{\"items\":[" + string.Join(",", Enumerable.Range(0, count).Select(i => "{\"id\":" + i + "," + Trip[1..])) + "]}";

    private static async Task<JsonNode> PostAsync(HttpClient client, string route, string body)
    {
        using var response = await client.PostAsync(route, Json.Body(body));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    // Version 7 in the third group's first digit; the variant 10xx in the fourth's.
    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex Uuid7();

    [GeneratedRegex("\"decision\":\\{\"decision-id\":\"[0-9a-f-]{36}\"")]
    private static partial Regex Id();
}
