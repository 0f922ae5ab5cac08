using System.Text.Json.Nodes;
using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Beibei.Rules.AspNetCore;

/// <summary>The OpenAPI description of every body and error of the decision service, for a host that calls
/// <c>AddOpenApi()</c>. The bodies are read and written by the casebook reader and <c>BeibeiRulesJson</c>, not bound to
/// C# types, so their schemas are stated here, with every word taken from the library's own enumerations and parameters.</summary>
internal static class BeibeiRulesOpenApi
{
    private const string JsonType = "application/json";

    public static void Describe(RouteGroupBuilder group)
    {
        // Only the group's own endpoints: each gets its bodies and answers below, by its name.
        group.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            Describe(operation, name);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiOperation operation, string? name)
    {
        switch (name)
        {
            case "decide":
                operation.RequestBody = Body(DecisionRequest(), "A case as beibei-rules evaluate reads it; without at, the server's clock decides when.");
                operation.Responses = Answers(Response(Decision(), "The decision.", CacheHeaders()), bad: true);
                break;
            case "decide-batch":
                operation.RequestBody = Body(BatchRequest(), "Items decided in the order given, each taking the batch's at (else the server's clock) where it gives none, and the batch's options.");
                operation.Responses = Answers(Response(BatchResponse(), "A result per item: its decision or its errors."), bad: true);
                break;
            case "timeline":
                operation.RequestBody = Body(With(DecisionRequest(), "until", Instant("The end of the span (included)."), required: true), "A case and until.");
                operation.Responses = Answers(Response(Timeline(), "The segments from at until until."), bad: true);
                break;
            case "clauses":
                operation.Responses = Answers(Response(Object("The in-force period, the clauses and the parts not evaluated.", additional: true), "The clauses."), bad: false);
                break;
            case "regions":
                operation.Responses = Answers(Response(Array(Region()), "The region table."), bad: false);
                break;
            case "policy":
                operation.Responses = Answers(Response(PolicyDescription(), "The policy decided with."), bad: false);
                break;
        }
    }

    private static OpenApiRequestBody Body(OpenApiSchema schema, string description) => new()
    {
        Required = true,
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [JsonType] = new() { Schema = schema } },
    };

    private static OpenApiResponse Response(IOpenApiSchema schema, string description, Dictionary<string, IOpenApiHeader>? headers = null) => new()
    {
        Description = description,
        Headers = headers,
        Content = new Dictionary<string, OpenApiMediaType> { [JsonType] = new() { Schema = schema } },
    };

    private static OpenApiResponses Answers(OpenApiResponse ok, bool bad)
    {
        var responses = new OpenApiResponses { ["200"] = ok };
        if (bad)
        {
            responses["400"] = Problem("Bad input: every problem with its code (the catalogue's, the casebook reader's limits, limit.batch-items).");
            responses["413"] = Problem("The body is larger than the casebook reader's limit (limit.file-size).");
            responses["415"] = Problem("The body is not application/json (request.media-type).");
        }

        return responses;
    }

    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [Problems.ContentType] = new()
            {
                Schema = Object(
                    "RFC 9457 problem details with the errors of the input.",
                    ("type", Text("A link to the documentation of the errors.")),
                    ("title", Text("What went wrong.")),
                    ("status", new OpenApiSchema { Type = JsonSchemaType.Integer }),
                    ("detail", Text("The first error's message.")),
                    ("errors", Array(Error()))),
            },
        },
    };

    private static Dictionary<string, IOpenApiHeader> CacheHeaders() => new()
    {
        ["Cache-Control"] = new OpenApiHeader
        {
            Description = "Without at: private, max-age = the seconds until valid-until (a year when nothing ahead changes the answer). With at: private.",
            Schema = Text(null),
        },
        ["Expires"] = new OpenApiHeader { Description = "Without at and with a valid-until: valid-until as an HTTP date.", Schema = Text(null) },
        ["ETag"] = new OpenApiHeader { Description = "With at: a SHA-256 of the body and the policy's digest (the same request to the same policy, the same answer).", Schema = Text(null) },
    };

    private static OpenApiSchema DecisionRequest() => Object(
        "A case without expect, as in a casebook file.",
        [("at", Instant("The instant asked about; the server's clock when absent.")), ("options", Options()), ("person", Person()), ("ask", Ask())],
        "person",
        "ask");

    private static OpenApiSchema BatchRequest() => Object(
        "A batch of cases sharing at and options.",
        [
            ("at", Instant("The instant of every item without its own; the server's clock when absent.")),
            ("options", Options()),
            ("items", Array(Object("One case.", [("id", new OpenApiSchema { Description = "Echoed in the item's result (a string or a number)." }), ("at", Instant("The item's own instant.")), ("person", Person()), ("ask", Ask())], "person", "ask"))),
        ],
        "items");

    private static OpenApiSchema BatchResponse() => Object(
        "The results in the order of the items.",
        ("results", Array(new OpenApiSchema
        {
            OneOf =
            [
                Object("A decided item.", [("id", new OpenApiSchema()), ("decision", Decision())], "id", "decision"),
                Object("An item with bad input (the others are decided).", [("id", new OpenApiSchema()), ("errors", Array(Error()))], "id", "errors"),
            ],
        })));

    private static OpenApiSchema Options() => Object(
        "The policy's parameters, each as a casebook writes it; the service's own where absent.",
        [.. PolicyOptions.Parameters.Select(p => (p.Name, p.Words.Count > 0 ? Words(null, p.Words) : Text($"A {p.Kind.ToString().ToLowerInvariant()}{(p.Unit.Length > 0 ? " in " + p.Unit : string.Empty)}.")))]);

    private static OpenApiSchema Person() => Object(
        "The person's facts.",
        [
            ("region", Text("A region id, name or short name of GET /v1/regions.")),
            ("tests", Array(Object("A nucleic-acid test.", [("sampled", Instant(null)), ("resulted", Instant(null)), ("result", Words(null, PolicyTerms.All<TestResult>()))], "sampled", "result"))),
            ("arrival", Object("The latest arrival.", [("from", Text("A region, or outside.")), ("at", Instant(null)), ("reported", Instant(null)), ("entered", Instant(null))], "from", "at")),
            ("reports", Array(Object("An advance report to a destination.", [("to", Text("A region.")), ("at", Instant(null))], "to", "at"))),
            ("health-code", Words(null, PolicyTerms.All<HealthCode>())),
            ("health-code-reported", Instant(null)),
            ("exposure", Object("A contact noticed.", [("noticed", Instant(null)), ("reported", Instant(null))], "noticed")),
            ("temperature", new OpenApiSchema { Type = JsonSchemaType.Number, Description = "Degrees Celsius." }),
            ("symptoms", Array(Words(null, PolicyTerms.All<Symptom>()))),
            ("isolation", Object("Home isolation.", [("from", Instant(null)), ("until", Instant(null)), ("lives-alone", new OpenApiSchema { Type = JsonSchemaType.Boolean })], "from")),
            ("control-area", Object("A control area the person is in.", [("level", Words(null, PolicyTerms.All<ControlLevel>())), ("from", Instant(null)), ("until", Instant(null))], "level")),
        ],
        "region");

    private static OpenApiSchema Ask() => new()
    {
        Description = "Exactly one question.",
        OneOf =
        [
            Object(null, [("travel", Object(null, [("to", Text("A region.")), ("purpose", Words(null, PolicyTerms.All<Purpose>())), ("arrives", Instant(null))], "to", "purpose"))], "travel"),
            Object(null, [("enter-public-place", Object(null, [("region", Text("A region.")), ("kind", Words(null, PolicyTerms.All<PlaceKind>()))]))], "enter-public-place"),
            Object(null, [("leave-home", Object(null, [("purpose", Words(null, PolicyTerms.All<Purpose>()))], "purpose"))], "leave-home"),
            Object(null, [("gathering", Object(null, [("kind", Words(null, PolicyTerms.All<GatheringKind>()))], "kind"))], "gathering"),
        ],
    };

    private static OpenApiSchema Decision() => Object(
        "The decision JSON of beibei-rules evaluate, with decision-id first.",
        [
            ("decision-id", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" }),
            ("at", Instant("The instant decided.")),
            ("verdict", Words(null, PolicyTerms.All<Verdict>())),
            ("reasons", Array(Reason())),
            ("obligations", Array(Object(
                "A duty with its window.",
                [("id", Text(null)), ("clause", Text(null)), ("opens", Instant(null, nullable: true)), ("due", Instant(null, nullable: true)), ("status", Words(null, PolicyTerms.All<ObligationStatus>())), ("description", Localized())]))),
            ("valid-until", Instant("Until when the verdict holds if nothing new is learned; null when nothing ahead changes it.", nullable: true)),
            ("valid-until-included", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("remedies", Array(Object(
                "What would change a denial, and the earliest instant it could.",
                [("kind", Words(null, PolicyTerms.All<RemedyKind>())), ("clause", Text(null)), ("earliest", Instant(null)), ("condition", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null }), ("sentence", Localized())]))),
            ("advice", Array(Cited("An advised ban the question goes against (advice: inform)."))),
            ("policy", PolicyIdentity()),
        ]);

    private static OpenApiSchema Reason()
    {
        var reason = Cited("A clause the answer rests on.");
        reason.Properties!["force"] = Words(null, PolicyTerms.All<Force>());
        reason.Properties["proof"] = Object("The negative proof relied on.", [("sampled", Instant(null)), ("resulted", Instant(null, nullable: true)), ("anchor", Instant(null)), ("expires", Instant(null))]);
        reason.Properties["conditions"] = Array(Object(
            "A named condition of the clause, met or unmet, with the fact it was decided on.",
            ("id", Text(null)),
            ("met", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("fact", Object("The fact: kind proof, test, report, value or period, and that kind's fields.", additional: true))));
        return reason;
    }

    private static OpenApiSchema Cited(string description) => Object(
        description,
        [("clause", Text(null)), ("sources", Array(Text(null))), ("paragraph", Text(null)), ("quotation", Text("The source's own words.")), ("summary", Localized())]);

    private static OpenApiSchema Timeline() => Object(
        "The verdict over a span, segment by segment.",
        ("from", Instant(null)),
        ("until", Instant(null)),
        ("segments", Array(Object(
            "A stretch with one verdict and the same reasons.",
            [("from", Instant(null)), ("from-included", new OpenApiSchema { Type = JsonSchemaType.Boolean }), ("until", Instant(null)), ("until-included", new OpenApiSchema { Type = JsonSchemaType.Boolean }), ("verdict", Words(null, PolicyTerms.All<Verdict>())), ("reasons", Array(Text("A clause id."))), ("policy-version", Text(null))]))));

    private static OpenApiSchema Region() => Object(
        "An area.",
        [("id", Text(null)), ("name", Text(null)), ("short-names", Array(Text(null))), ("gb-code", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null }), ("zone", Words(null, PolicyTerms.All<Zone>()))]);

    private static OpenApiSchema PolicyDescription()
    {
        var policy = PolicyIdentity();
        policy.Properties!["library-version"] = Text(null);
        policy.Properties["options"] = Options();
        return policy;
    }

    private static OpenApiSchema PolicyIdentity() => Object("The policy a decision came from.", [("id", Text(null)), ("version", Text(null)), ("digest", Text("SHA-256 over the policy's declared content, options and library version."))]);

    private static OpenApiSchema Error() => Object("One problem of the input.", [("code", Text("The catalogue's error code.")), ("field", Text("The field's path, e.g. person.region.")), ("message", Text(null))], "code", "field", "message");

    private static OpenApiSchema Localized() => Object("In English and Chinese.", [("en", Text(null)), ("zh", Text(null))], "en", "zh");

    private static OpenApiSchema With(OpenApiSchema schema, string name, OpenApiSchema property, bool required)
    {
        schema.Properties![name] = property;
        if (required)
        {
            schema.Required!.Add(name);
        }

        return schema;
    }

    private static OpenApiSchema Instant(string? description, bool nullable = false) => new()
    {
        Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String,
        Format = "date-time",
        Description = description ?? "ISO 8601 with its UTC offset, e.g. 2022-11-12T09:30:00+08:00.",
    };

    private static OpenApiSchema Text(string? description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Words(string? description, IReadOnlyList<string> words) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = [.. words.Select(w => (JsonNode)JsonValue.Create(w))],
    };

    private static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    private static OpenApiSchema Object(string? description, params (string Name, IOpenApiSchema Schema)[] properties) =>
        Object(description, properties, []);

    private static OpenApiSchema Object(string? description, bool additional) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        AdditionalPropertiesAllowed = additional,
    };

    private static OpenApiSchema Object(string? description, (string Name, IOpenApiSchema Schema)[] properties, params string[] required) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema),
        Required = new HashSet<string>(required),
        AdditionalPropertiesAllowed = false,
    };
}
