using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beibei.Rules.Cli;
using Beibei.Rules.Engine;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Serialization;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Tests.Service;

/// <summary>Every case of <c>tests/cases/</c> sent over HTTP gives exactly what <c>beibei-rules evaluate</c> prints for
/// it: the same decision JSON (apart from <c>decision-id</c>), or the same errors (code, field, message) as problem details.</summary>
public sealed class EveryCaseOverHttpTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>Each case's input as the JSON body a client sends.</summary>
    internal static IEnumerable<(string Name, JsonObject Body)> Cases(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Samples.CasesFolder(), file))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
        {
            yield return (((YamlScalarNode)node.Children[new YamlScalarNode("name")]).Value!, Json.CaseBody(node));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryCase_OverHttp_IsWhatEvaluatePrints(string file)
    {
        using var client = service.CreateClient();
        var count = 0;
        foreach (var (name, body) in Cases(file))
        {
            var text = body.ToJsonString();

            // Over HTTP, at is optional: a case without one asks about the server's now, as evaluate does when given it.
            var asked = (JsonObject)body.DeepClone();
            asked["at"] ??= PolicyInstantConverter.Format(service.Clock.GetCurrentInstant());
            var output = new StringWriter();
            var exit = CommandLine.Run(["evaluate", "-", "--format", "json"], new StringReader(asked.ToJsonString()), output, new StringWriter());
            using var response = await client.PostAsync("/v1/decisions", Json.Body(text));
            var answer = await response.Content.ReadAsStringAsync();
            if (exit == CommandLine.Ok)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {name}: {response.StatusCode} {answer}");
                var decision = JsonNode.Parse(answer)!;
                Assert.True(Guid.TryParse(decision["decision-id"]?.GetValue<string>(), out _), $"{file}: {name}: no decision-id");
                Json.Equal(output.ToString(), Json.WithoutServiceFields(decision).ToJsonString(), $"{file}: {name}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{file}: {name}: {response.StatusCode} {answer}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var printed = JsonNode.Parse(output.ToString())!["errors"]!.AsArray()
                    .Select(e => (e!["code"]!.GetValue<string>(), e["field"]!.GetValue<string>(), e["message"]!.GetValue<string>()));
                var sent = JsonNode.Parse(answer)!["errors"]!.AsArray()
                    .Select(e => (e!["code"]!.GetValue<string>(), e["field"]!.GetValue<string>(), e["message"]!.GetValue<string>()));
                Assert.Equal(printed, sent);
            }

            count++;
        }

        Assert.True(count > 0, $"{file} has no case");
    }
}

/// <summary>The decision service's fast way through a JSON body reads every case of the casebook to the same facts as
/// the casebook reader, and hands every bad one to the reader (same errors).</summary>
public sealed class RequestReaderTests
{
    [Theory]
    [MemberData(nameof(EveryCaseOverHttpTests.Files), MemberType = typeof(EveryCaseOverHttpTests))]
    public void EveryCase_ReadFromJson_IsWhatTheCasebookReaderReads(string file)
    {
        var now = Samples.Noon12th;
        // Over HTTP at is optional (the server's clock): the one difference from a case file.
        foreach (var (name, body) in EveryCaseOverHttpTests.Cases(file).Where(c => c.Body.ContainsKey("at")))
        {
            body["name"] = name;
            var text = body.ToJsonString();
            var slow = Beibei.Rules.Casebook.CasebookReader.ReadCase(text, "request");
            var fast = Beibei.Rules.Casebook.CaseRequestReader.ReadDecision(System.Text.Encoding.UTF8.GetBytes(text), now, new PolicyOptions());
            Assert.Equal(slow.AllErrors.Select(e => (e.Code, e.Field, e.Message)), fast.Read.AllErrors.Select(e => (e.Code, e.Field, e.Message)));
            if (slow.AllErrors.Count == 0)
            {
                var (a, b) = (slow.Case!, fast.Read.Case!);
                Assert.True((a.Name, a.At, a.Options, a.Person, a.Ask) == (b.Name, b.At, b.Options, b.Person, b.Ask), $"{file}: {name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryCaseOverHttpTests.Files), MemberType = typeof(EveryCaseOverHttpTests))]
    public void EveryPlainlyWrittenCase_TakesTheFastWay_ToTheSameFacts(string file)
    {
        var taken = 0;
        foreach (var (name, body) in EveryCaseOverHttpTests.Cases(file).Where(c => c.Body.ContainsKey("at") && !c.Body.ContainsKey("options")))
        {
            var text = body.ToJsonString();
            var slow = Beibei.Rules.Casebook.CasebookReader.ReadCase(text, "request");
            using var document = System.Text.Json.JsonDocument.Parse(text);
            var fast = Beibei.Rules.Casebook.JsonFastCase.TryRead(document.RootElement, Samples.Noon12th, new PolicyOptions(), null, Policy.Chongqing2022, out var definition, out _);
            if (slow.AllErrors.Count > 0)
            {
                // What the reader rejects never takes the fast way (what the evaluator rejects, such as an unknown region, may).
                Assert.False(fast, $"{file}: {name}: the fast way took input the reader rejects");
                continue;
            }

            Assert.True(fast, $"{file}: {name}: a plainly written case went the slow way");
            Assert.True((slow.Case!.At, slow.Case.Person, slow.Case.Ask) == (definition.At, definition.Person, definition.Ask), $"{file}: {name}");
            taken++;
        }

        Assert.True(taken > 0 || file == "bad-input.yaml", $"{file}: no case took the fast way");
    }

    /// <summary>The fast way reads ids, words and instants from the value's bytes when they are written without escapes;
    /// the same values written with escapes, with white space or as an alias read to the same facts.</summary>
    [Theory]
    [InlineData("\"yuzhong\"", "\"2022-11-11T10:00:00+08:00\"", "\"negative\"")]
    [InlineData("\"\\u0079uzhong\"", "\"2022-11-11T1\\u0030:00:00+08:00\"", "\"ne\\u0067ative\"")]
    [InlineData("\"渝中区\"", "\" 2022-11-11T02:00:00Z \"", "\"negative\"")]
    public void ValuesWrittenAnyWay_ReadToTheSameFacts(string region, string sampled, string result)
    {
        var text = "{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\":{\"region\":" + region + ",\"tests\":[{\"sampled\":" + sampled + ",\"result\":" + result
            + ",\"resulted\":\"2022-11-11T18:00:00+08:00\"}]},\"ask\":{\"travel\":{\"to\":" + region + ",\"purpose\":\"essential\"}}}";
        using var document = System.Text.Json.JsonDocument.Parse(text);

        Assert.True(Beibei.Rules.Casebook.JsonFastCase.TryRead(document.RootElement, Samples.Noon12th, new PolicyOptions(), null, Policy.Chongqing2022, out var definition, out _));

        var test = Assert.Single(definition.Person!.Tests);
        Assert.Equal((Samples.T("2022-11-11T10:00:00+08:00"), Beibei.Rules.Model.TestResult.Negative), (test.Sampled, test.Result));
        Assert.True(Chongqing2022Regions.Table.TryFind(definition.Person.Region, out var read) && read.Id == "yuzhong");
        Assert.Equal(definition.Person.Region, ((Beibei.Rules.Questions.Travel)definition.Ask!).To);
    }
}
