using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Tests.Service;

/// <summary>Helpers of the service tests: a case of the casebook as the JSON body a client sends, and JSON compared as trees.</summary>
internal static class Json
{
    /// <summary>A casebook case's input (<c>at</c>, <c>options</c>, <c>person</c>, <c>ask</c>) as a JSON object, each YAML
    /// scalar as JSON reads it: quoted ones as strings, plain numbers, booleans and null as themselves.</summary>
    public static JsonObject CaseBody(YamlMappingNode node)
    {
        var body = new JsonObject();
        foreach (var (key, value) in node.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name is "at" or "options" or "person" or "ask")
            {
                body[name] = Of(value);
            }
        }

        return body;
    }

    public static JsonNode? Of(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Of(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Of)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    public static StringContent Body(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static StringContent Body(JsonNode json) => Body(json.ToJsonString());

    /// <summary>The JSON without the fields only the service adds (<c>decision-id</c>), for comparing.</summary>
    public static JsonNode WithoutServiceFields(JsonNode node)
    {
        var copy = node.DeepClone();
        if (copy is JsonObject o)
        {
            o.Remove("decision-id");
        }

        return copy;
    }

    public static void Equal(string expected, string actual, string because)
    {
        var a = JsonNode.Parse(expected);
        var b = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(a, b), $"{because}\nexpected: {expected}\nactual:   {actual}");
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        // A plain scalar that is a JSON number is sent as one (the service then reads the same text the YAML has).
        try
        {
            return JsonNode.Parse(text) is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value : JsonValue.Create(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
