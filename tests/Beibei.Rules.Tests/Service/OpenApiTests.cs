using System.Net;
using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace Beibei.Rules.Tests.Service;

/// <summary>The service's OpenAPI document: 3.1, every endpoint with its bodies and errors, and a snapshot so that a change
/// of the contract shows in review.</summary>
public sealed class OpenApiTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task TheDocument_DescribesEveryBodyAndError()
    {
        using var client = service.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var path in (string[])["/v1/decisions", "/v1/decisions/batch", "/v1/timelines"])
        {
            var post = document["paths"]![path]!["post"]!;
            Assert.NotNull(post["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!["options"]);
            foreach (var status in (string[])["200", "400", "413", "415"])
            {
                Assert.NotNull(post["responses"]![status]);
            }

            Assert.NotNull(post["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!["properties"]!["errors"]);
        }

        var decision = document["paths"]!["/v1/decisions"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal(["allowed", "denied"], decision["properties"]!["verdict"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        foreach (var path in (string[])["/v1/clauses", "/v1/regions", "/v1/policy", "/healthz", "/readyz"])
        {
            Assert.NotNull(document["paths"]![path]!["get"]);
        }
    }

    [Fact]
    public async Task TheDocument_MatchesItsSnapshot()
    {
        using var client = service.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        // The server's address depends on the host; the contract does not.
        document.AsObject().Remove("servers");
        Snapshot.Match(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
