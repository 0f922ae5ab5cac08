using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Beibei.Rules.AspNetCore;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Tests.Service;

/// <summary>The decision service through HTTP: errors with their codes and statuses, batches, cache headers,
/// concurrency, health, configuration and metrics.</summary>
public sealed class ServiceTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string Trip = """{"person":{"region":"beibei","tests":[{"sampled":"2022-11-11T09:00:00+08:00","resulted":"2022-11-11T15:00:00+08:00","result":"negative"}],"reports":[{"to":"hechuan","at":"2022-11-11T20:00:00+08:00"}]},"ask":{"travel":{"to":"hechuan","purpose":"essential"}}}""";

    public static TheoryData<string, string, int> ServiceErrors() => new()
    {
        { "syntax", "{\"person\":", 400 },
        { "not an object", "[1, 2]", 400 },
        { CasebookLimits.DepthCode, string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)), 400 },
        { CasebookLimits.StringCode, "{\"person\":{\"region\":\"" + new string('x', CasebookLimits.MaxValueLength + 1) + "\"}}", 400 },
        { CasebookLimits.TestsCode, "{\"person\":{\"region\":\"yuzhong\",\"tests\":[" + string.Join(",", Enumerable.Repeat("{\"sampled\":\"2022-11-11T09:00:00+08:00\",\"result\":\"pending\"}", CasebookLimits.MaxTests + 1)) + "]},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}", 400 },
        { CasebookLimits.NodesCode, "{\"person\":[" + string.Join(",", Enumerable.Repeat("0", CasebookLimits.MaxNodes + 1)) + "]}", 400 },
        { CasebookLimits.FileSizeCode, "{\"person\":\"" + new string('x', CasebookLimits.MaxBytes) + "\"}", 413 },
    };

    [Theory]
    [MemberData(nameof(ServiceErrors))]
    public async Task BadBodies_AreProblemDetails_WithTheirCode(string code, string body, int status)
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsync("/v1/decisions", Json.Body(body));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        var first = problem["errors"]![0]!["code"]!.GetValue<string>();
        Assert.Equal(code == "not an object" ? ErrorCodes.ValueUnknown : code, first);
    }

    [Fact]
    public async Task EveryCodeOfTheCatalogue_IsReachableOverHttp_AsA400()
    {
        using var client = service.CreateClient();
        var reached = new HashSet<string> { ErrorCodes.Syntax };
        foreach (var path in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
            {
                if (node.Children[new YamlScalarNode("expect")] is YamlMappingNode expect
                    && expect.Children.TryGetValue(new YamlScalarNode("error"), out var error))
                {
                    var code = ((YamlScalarNode)error).Value!;
                    using var response = await client.PostAsync("/v1/decisions", Json.Body(Json.CaseBody(node)));
                    var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                    if (node.Children.ContainsKey(new YamlScalarNode("at")))
                    {
                        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                        Assert.Contains(code, problem["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
                        reached.Add(code);
                    }
                }
            }
        }

        Assert.Empty(ErrorCodes.All.Except(reached));
    }

    [Fact]
    public async Task WrongMediaType_Is415_UnknownRoute404_WrongMethod405_AllProblemDetails()
    {
        using var client = service.CreateClient();

        using var text = await client.PostAsync("/v1/decisions", new StringContent(Trip, Encoding.UTF8, "text/plain"));
        using var missing = await client.GetAsync("/v1/nowhere");
        using var method = await client.GetAsync("/v1/decisions");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(ServiceErrorCodes.MediaType, JsonNode.Parse(await text.Content.ReadAsStringAsync())!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.All([text, missing, method], r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task AQuestionAboutNow_IsFreshUntilValidUntil()
    {
        using var client = service.CreateClient();
        var now = service.Clock.GetCurrentInstant();

        using var response = await client.PostAsync("/v1/decisions", Json.Body(Trip));
        var decision = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // The proof sampled 11-11 09:00 holds 48 hours: the answer holds until 11-13 09:00, 23 hours after 10:00.
        Assert.Equal("allowed", decision["verdict"]!.GetValue<string>());
        Assert.Equal(PolicyInstantConverter.Format(now), decision["at"]!.GetValue<string>());
        var validUntil = Samples.T(decision["valid-until"]!.GetValue<string>());
        Assert.Equal(Samples.T("2022-11-13T09:00:00+08:00"), validUntil);
        var seconds = (long)(validUntil - now).TotalSeconds;
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(seconds), response.Headers.CacheControl.MaxAge);
        Assert.Equal(validUntil.ToDateTimeOffset(), response.Content.Headers.Expires);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task AQuestionAboutNow_ThatNothingAheadChanges_IsFreshForAYear()
    {
        // After the policy's end no instant ahead changes any answer: valid-until is null.
        using var after = new ServiceFactory();
        after.Clock.Reset(Samples.T("2022-12-08T10:00:00+08:00"));
        using var client = after.CreateClient();

        using var response = await client.PostAsync("/v1/decisions", Json.Body(Trip));
        var decision = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Null(decision["valid-until"]?.GetValue<string>());
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(31_536_000), response.Headers.CacheControl.MaxAge);
        Assert.Null(response.Content.Headers.Expires);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task AQuestionAboutAGivenInstant_HasAnETagOfTheBodyAndPolicy()
    {
        using var client = service.CreateClient();
        var at = JsonNode.Parse(Trip)!.AsObject();
        at["at"] = "2022-11-12T10:00:00+08:00";
        var later = (JsonObject)at.DeepClone();
        later["at"] = "2022-11-12T10:00:01+08:00";

        using var first = await client.PostAsync("/v1/decisions", Json.Body(at));
        using var again = await client.PostAsync("/v1/decisions", Json.Body(at));
        using var other = await client.PostAsync("/v1/decisions", Json.Body(later));

        Assert.True(first.Headers.CacheControl!.Private);
        Assert.Null(first.Headers.CacheControl.MaxAge);
        Assert.Null(first.Content.Headers.Expires);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task ABatch_AgreesWithSingleDecisions_InTheOrderGiven_AndOneBadItemSpoilsNothing()
    {
        using var client = service.CreateClient();
        var cases = EveryCaseOverHttpTests.Cases("central-city-leave-conditions.yaml").Concat(EveryCaseOverHttpTests.Cases("land-and-test.yaml")).ToList();
        var items = new JsonArray();
        for (var i = 0; i < cases.Count; i++)
        {
            var item = (JsonObject)cases[i].Body.DeepClone();
            item.Remove("options");
            item["id"] = i % 2 == 0 ? JsonValue.Create(i) : JsonValue.Create($"case-{i}");
            items.Add(item);
        }

        items.Insert(3, new JsonObject { ["id"] = "bad", ["person"] = new JsonObject { ["region"] = "北培" }, ["ask"] = JsonNode.Parse("""{"leave-home":{"purpose":"essential"}}""") });

        using var response = await client.PostAsync("/v1/decisions/batch", Json.Body(new JsonObject { ["items"] = items }));
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(items.Count, results.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(items[i]!["id"], results[i]!["id"]), $"item {i}: id");
            var single = (JsonObject)items[i]!.DeepClone();
            single.Remove("id");
            using var one = await client.PostAsync("/v1/decisions", Json.Body(single));
            var alone = JsonNode.Parse(await one.Content.ReadAsStringAsync())!;
            if (one.StatusCode == HttpStatusCode.OK)
            {
                Assert.True(JsonNode.DeepEquals(Json.WithoutServiceFields(alone), Json.WithoutServiceFields(results[i]!["decision"]!)), $"item {i}");
            }
            else
            {
                Assert.True(JsonNode.DeepEquals(alone["errors"], results[i]!["errors"]), $"item {i}: errors");
            }
        }

        Assert.Equal(ErrorCodes.RegionUnknown, results[3]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABatch_TakesItsAtAndOptions_AndAnItemsAtWins()
    {
        using var client = service.CreateClient();
        var trip = JsonNode.Parse(Trip)!.AsObject();
        var late = (JsonObject)trip.DeepClone();
        late["at"] = "2022-11-13T09:00:01+08:00";
        var batch = new JsonObject
        {
            ["at"] = "2022-11-12T10:00:00+08:00",
            ["options"] = new JsonObject { ["proof-window"] = "24h" },
            ["items"] = new JsonArray(trip.DeepClone(), late),
        };

        using var response = await client.PostAsync("/v1/decisions/batch", Json.Body(batch));
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();

        // Under a 24-hour window the proof of 11-11 09:00 expired at 11-12 09:00: denied at the batch's 10:00.
        Assert.Equal("2022-11-12T10:00:00+08:00", results[0]!["decision"]!["at"]!.GetValue<string>());
        Assert.Equal("denied", results[0]!["decision"]!["verdict"]!.GetValue<string>());
        Assert.Equal("2022-11-13T09:00:01+08:00", results[1]!["decision"]!["at"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    public async Task ABatch_HasALimitOfItems_WithItsOwnCode(int count, int status)
    {
        using var limited = new ServiceFactory(new() { ["BeibeiRules:max-batch-items"] = "2" }, new BeibeiRulesServerOptions());
        using var client = limited.CreateClient();
        var items = new JsonArray([.. Enumerable.Range(0, count).Select(i => JsonNode.Parse(Trip))]);

        using var response = await client.PostAsync("/v1/decisions/batch", Json.Body(new JsonObject { ["items"] = items }));

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 400)
        {
            Assert.Equal(ServiceErrorCodes.BatchItems, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ATimeline_IsWhatTheTimelineCommandPrints()
    {
        using var client = service.CreateClient();
        var body = JsonNode.Parse(Trip)!.AsObject();
        body["at"] = "2022-11-12T10:00:00+08:00";
        body["until"] = "2022-11-14T10:00:00+08:00";
        var file = Path.GetTempFileName();
        var input = (JsonObject)body.DeepClone();
        input.Remove("until");
        await File.WriteAllTextAsync(file, input.ToJsonString());
        var output = new StringWriter();
        Beibei.Rules.Cli.CommandLine.Run(["timeline", file, "--until", "2022-11-14T10:00:00+08:00", "--format", "json"], new StringReader(string.Empty), output, new StringWriter());

        using var response = await client.PostAsync("/v1/timelines", Json.Body(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Json.Equal(output.ToString(), await response.Content.ReadAsStringAsync(), "timeline");
        File.Delete(file);
    }

    [Fact]
    public async Task ATimelineWithoutUntil_IsKeyMissing()
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsync("/v1/timelines", Json.Body(Trip));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal((ErrorCodes.KeyMissing, "until"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ManyClientsAtOnce_GetTheSequentialAnswers()
    {
        using var client = service.CreateClient();
        var bodies = EveryCaseOverHttpTests.Cases("land-and-test.yaml").Concat(EveryCaseOverHttpTests.Cases("public-places.yaml"))
            .Select(c => c.Body.ToJsonString()).ToList();
        var sequential = new List<string>();
        foreach (var body in bodies)
        {
            using var response = await client.PostAsync("/v1/decisions", Json.Body(body));
            sequential.Add(Json.WithoutServiceFields(JsonNode.Parse(await response.Content.ReadAsStringAsync())!).ToJsonString());
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var own = service.CreateClient();
            var answers = new List<string>();
            foreach (var body in bodies)
            {
                using var response = await own.PostAsync("/v1/decisions", Json.Body(body));
                answers.Add(Json.WithoutServiceFields(JsonNode.Parse(await response.Content.ReadAsStringAsync())!).ToJsonString());
            }

            return answers;
        })));

        Assert.All(concurrent, answers => Assert.Equal(sequential, answers));
    }

    [Fact]
    public async Task FuzzedBodies_GetAnAnswerOr4xx_Never500()
    {
        using var client = service.CreateClient();
        var seeds = new[] { File.ReadAllBytes(Path.Combine(Samples.RepositoryRoot(), "tests", "examples", "request.json")), Encoding.UTF8.GetBytes(Trip) };
        var random = new Random(20221110);
        foreach (var seed in seeds)
        {
            for (var i = 0; i < 120; i++)
            {
                var (mutation, bytes) = Reliability.FuzzTests.Mutate(seed, random, i);
                foreach (var route in (string[])["/v1/decisions", "/v1/decisions/batch", "/v1/timelines"])
                {
                    using var content = new ByteArrayContent(bytes);
                    content.Headers.ContentType = new("application/json");
                    using var response = await client.PostAsync(route, content);
                    var status = (int)response.StatusCode;
                    Assert.True(status is 200 or (>= 400 and < 500), $"{route} #{i} ({mutation}): {status}: {Convert.ToBase64String(bytes)}");
                    if (status >= 400)
                    {
                        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                        Assert.NotEmpty(problem["errors"]!.AsArray());
                        Assert.DoesNotContain("Exception", problem.ToJsonString(), StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Health_IsAlive_AndReadyWithThePolicy()
    {
        using var client = service.CreateClient();

        using var alive = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var identity = new Beibei.Rules.Engine.Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity;
        Assert.Equal(identity.Digest, JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["policy"]!["digest"]!.GetValue<string>());
    }

    [Fact]
    public async Task NotReady_WhileShuttingDown()
    {
        using var stopping = new ServiceFactory();
        using var client = stopping.CreateClient();
        stopping.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task TheListings_AreWhatTheCommandsPrint()
    {
        using var client = service.CreateClient();
        foreach (var (route, command) in new[] { ("/v1/clauses", "clauses"), ("/v1/regions", "regions") })
        {
            var output = new StringWriter();
            Beibei.Rules.Cli.CommandLine.Run([command, "--format", "json"], new StringReader(string.Empty), output, new StringWriter());

            Json.Equal(output.ToString(), await client.GetStringAsync(route), route);
        }
    }

    [Fact]
    public async Task OptionsComeFromConfiguration_AndChangeTheDigest()
    {
        using var configured = new ServiceFactory(new() { ["BeibeiRules:proof-window"] = "72h", ["BeibeiRules:advice"] = "inform" }, new BeibeiRulesServerOptions());
        using var client = configured.CreateClient();

        var policy = JsonNode.Parse(await client.GetStringAsync("/v1/policy"))!;
        var plain = JsonNode.Parse(await service.CreateClient().GetStringAsync("/v1/policy"))!;

        Assert.Equal("72h", policy["options"]!["proof-window"]!.GetValue<string>());
        Assert.Equal("inform", policy["options"]!["advice"]!.GetValue<string>());
        Assert.NotEqual(plain["digest"]!.GetValue<string>(), policy["digest"]!.GetValue<string>());
        var expected = new PolicyOptions { ProofWindow = Duration.FromHours(72), Advice = AdviceMode.Inform };
        Assert.Equal(new Beibei.Rules.Engine.Evaluator(Policy.Chongqing2022, expected).Identity.Digest, policy["digest"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("proof-window", "0h", ErrorCodes.ValueOutOfRange)]
    [InlineData("proof-window", "soon", ErrorCodes.ValueUnknown)]
    [InlineData("advice", "maybe", ErrorCodes.ValueUnknown)]
    [InlineData("proof-windows", "48h", ErrorCodes.KeyUnknown)]
    public void BadConfiguration_StopsTheStart_WithTheParameterAndCode(string key, string value, string code)
    {
        using var bad = new ServiceFactory(new() { ["BeibeiRules:" + key] = value }, new BeibeiRulesServerOptions());

        var error = Assert.Throws<OptionsValidationException>(() => bad.CreateClient());

        Assert.Contains(error.Failures, f => f.StartsWith("BeibeiRules:" + key + ": ", StringComparison.Ordinal) && f.EndsWith($"({code})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_CountDecisionsByKindAndVerdict_AndErrorsByCode()
    {
        var measured = new List<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BeibeiRulesTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measured)
            {
                measured.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        var durations = 0;
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => Interlocked.Increment(ref durations));
        listener.Start();
        using var measuredService = new ServiceFactory();
        using var client = measuredService.CreateClient();

        using var allowed = await client.PostAsync("/v1/decisions", Json.Body(Trip));
        using var bad = await client.PostAsync("/v1/decisions", Json.Body("""{"person":{"region":"北培"},"ask":{"leave-home":{"purpose":"essential"}}}"""));
        listener.RecordObservableInstruments();

        lock (measured)
        {
            Assert.Contains(measured, m => m.Instrument == BeibeiRulesTelemetry.Decisions && (string?)m.Tags["kind"] == "travel" && (string?)m.Tags["verdict"] == "allowed");
            Assert.Contains(measured, m => m.Instrument == BeibeiRulesTelemetry.Errors && (string?)m.Tags["code"] == ErrorCodes.RegionUnknown);
        }

        Assert.True(durations >= 1);
    }

    [Fact]
    public async Task AHostOfItsOwn_MapsTheEndpoints_UnderItsPrefix_AndCanAddToTheGroup()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddBeibeiRules();
        await using var app = builder.Build();
        var calls = 0;
        app.MapBeibeiRules("/api/rules").AddEndpointFilter(async (context, next) =>
        {
            Interlocked.Increment(ref calls);
            return await next(context);
        });
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/api/rules/decisions", Json.Body(Trip.Replace("{\"person\"", "{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("allowed", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["verdict"]!.GetValue<string>());
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task AHostThatChoosesItsPolicy_IsServedThatPolicy_ItsRegionsClausesAndIdentity()
    {
        var policy = Engine.OwnPolicyTests.Build();
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddBeibeiRules(policy);
        await using var app = builder.Build();
        app.MapBeibeiRules();
        app.MapBeibeiRulesHealth();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var regions = JsonNode.Parse(await client.GetStringAsync("/v1/regions"))!.AsArray();
        var clauses = await client.GetStringAsync("/v1/clauses");
        var identity = JsonNode.Parse(await client.GetStringAsync("/v1/policy"))!;
        using var ready = await client.GetAsync("/readyz");
        using var decided = await client.PostAsync("/v1/decisions", Json.Body("{\"at\":\"2022-11-15T12:00:00+08:00\",\"person\":{\"region\":\"north\"},\"ask\":{\"travel\":{\"to\":\"hills\",\"purpose\":\"essential\"}}}"));
        using var chongqing = await client.PostAsync("/v1/decisions", Json.Body(Trip.Replace("{\"person\"", "{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\"", StringComparison.Ordinal)));

        Assert.Equal(["north", "south", "hills", "abroad"], regions.Select(r => r!["id"]!.GetValue<string>()));
        Assert.Contains("example.no-visitors", clauses, StringComparison.Ordinal);
        Assert.DoesNotContain("cq.land-and-test", clauses, StringComparison.Ordinal);
        Assert.Equal("example-2022", identity["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("denied", JsonNode.Parse(await decided.Content.ReadAsStringAsync())!["verdict"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, chongqing.StatusCode);
        Assert.Contains("region.unknown", await chongqing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostPolicysOwnParameter_IsSetByARequestsOptions_AndListedWithThePolicy()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddBeibeiRules(Engine.DeclaredParameterTests.WithMarkets);
        await using var app = builder.Build();
        app.MapBeibeiRules();
        await app.StartAsync();
        using var client = app.GetTestClient();
        const string Case = "\"at\":\"2022-11-15T18:00:00+08:00\",\"person\":{\"region\":\"hechuan\",\"tests\":[{\"sampled\":\"2022-11-15T08:00:00+08:00\",\"resulted\":\"2022-11-15T12:00:00+08:00\",\"result\":\"negative\"}]},\"ask\":{\"enter-public-place\":{\"region\":\"hechuan\",\"kind\":\"market\"}}";

        async Task<(HttpStatusCode Status, JsonNode? Body)> Post(string path, string body)
        {
            using var response = await client.PostAsync(path, Json.Body(body));
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        }

        var byDefault = await Post("/v1/decisions", "{" + Case + "}");
        var earlier = await Post("/v1/decisions", "{\"options\":{\"market-closing\":\"18:00\"}," + Case + "}");
        var tooEarly = await Post("/v1/decisions", "{\"options\":{\"market-closing\":\"08:00\"}," + Case + "}");
        var batch = await Post("/v1/decisions/batch", "{\"options\":{\"market-closing\":\"18:00\"},\"items\":[{\"id\":\"a\"," + Case + "}]}");
        var identity = JsonNode.Parse(await client.GetStringAsync("/v1/policy"))!;

        Assert.Equal("allowed", byDefault.Body!["verdict"]!.GetValue<string>());
        Assert.Equal("denied", earlier.Body!["verdict"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.Status);
        Assert.Equal(("value.out-of-range", "options.market-closing"), (tooEarly.Body!["errors"]![0]!["code"]!.GetValue<string>(), tooEarly.Body!["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal("denied", batch.Body!["results"]![0]!["decision"]!["verdict"]!.GetValue<string>());
        Assert.Equal("20:00", identity["options"]!["market-closing"]!.GetValue<string>());
    }

    [Fact]
    public void MappingWithoutTheRulesService_SaysWhatIsMissing()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapBeibeiRules());

        Assert.Contains("AddBeibeiRules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsJson_OfADecision_InAPlainHost_IsTheContract()
    {
        // What a new user tries: return the Decision with the framework's own Results.Json.
        var decision = new Beibei.Rules.Engine.Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Samples.Person("beibei"), new Questions.Travel("hechuan", Questions.Purpose.Essential), Samples.Noon12th).Value!;
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.UseTestServer(builder.WebHost);
        await using var app = builder.Build();
        Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/d", () => Microsoft.AspNetCore.Http.Results.Json(decision));
        await app.StartAsync();
        using var client = app.GetTestClient();

        var json = await client.GetStringAsync("/d");

        Json.Equal(BeibeiRulesJson.Serialize(decision), json, "Results.Json");
    }
}
