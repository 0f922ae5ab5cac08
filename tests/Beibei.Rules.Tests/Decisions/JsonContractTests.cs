using System.Text.Json;
using System.Text.Json.Nodes;
using Beibei.Rules.Casebook;
using Beibei.Rules.Cli;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Serialization;
using CsCheck;

namespace Beibei.Rules.Tests.Decisions;

/// <summary>The decision JSON is the types' own: plain <see cref="JsonSerializer"/> (reflection, default options) and the
/// library's source-generated contract write every public result type as <c>beibei-rules evaluate</c> and
/// <c>timeline</c> print it.</summary>
public class JsonContractTests
{
    private static readonly string[] Examples = ["travel-to-fuling.yaml", "request.json"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "land-and-test.yaml", "conditions.yaml", "central-city-leave-conditions.yaml", "advice.yaml", "public-places.yaml", "home-isolation.yaml" })
        {
            foreach (var (name, _) in Service.EveryCaseOverHttpTests.Cases(file))
            {
                data.Add($"{file}|{name}");
            }
        }

        foreach (var example in Examples)
        {
            data.Add($"../examples/{example}|");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryResultType_WithPlainJsonSerializer_AndTheContext_IsWhatEvaluatePrints(string which)
    {
        var (definition, input) = Read(which);
        if (definition is null)
        {
            // Bad input the reader catches is not a result type; evaluate prints its errors.
            Assert.Contains("\"errors\"", Print(["evaluate", "-", "--format", "json"], input), StringComparison.Ordinal);
            return;
        }

        var decision = new Evaluator(Policy.Chongqing2022, definition.Options).Decide(definition.Person, definition.Ask, definition.At!.Value);
        if (!decision.IsValid)
        {
            // An input error: the errors list is the contract's too.
            Assert.Equal(
                JsonNode.Parse(Print(["evaluate", "-", "--format", "json"], input))!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()),
                JsonNode.Parse(JsonSerializer.Serialize(decision.Errors))!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
            return;
        }

        var printed = JsonNode.Parse(Print(["evaluate", "-", "--format", "json"], input))!;
        var value = decision.Value;

        Same(printed, JsonSerializer.Serialize(value), "Decision, plain");
        Same(printed, JsonSerializer.Serialize(value, BeibeiRulesJson.Options), "Decision, context");
        Same(printed, BeibeiRulesJson.Serialize(value), "Decision, Serialize");
        Same(printed["policy"]!, JsonSerializer.Serialize(value.Policy), "PolicyIdentity");
        for (var i = 0; i < value.Reasons.Count; i++)
        {
            var reason = value.Reasons[i];
            Same(printed["reasons"]![i]!, JsonSerializer.Serialize(reason), $"Reason {reason.ClauseId}");
            Same(printed["reasons"]![i]!, JsonSerializer.Serialize(reason, BeibeiRulesJson.Options), $"Reason {reason.ClauseId}, context");
            for (var j = 0; j < reason.Conditions.Count; j++)
            {
                Same(printed["reasons"]![i]!["conditions"]![j]!, JsonSerializer.Serialize(reason.Conditions[j]), $"Condition {reason.Conditions[j].Id}");
                Same(printed["reasons"]![i]!["conditions"]![j]!["fact"]!, JsonSerializer.Serialize<ConditionFact>(reason.Conditions[j].Fact), "ConditionFact");
            }
        }

        for (var i = 0; i < value.Obligations.Count; i++)
        {
            Same(printed["obligations"]![i]!, JsonSerializer.Serialize(value.Obligations[i]), $"Obligation {value.Obligations[i].Id}");
            Same(printed["obligations"]![i]!, JsonSerializer.Serialize(value.Obligations[i], BeibeiRulesJson.Options), $"Obligation {value.Obligations[i].Id}, context");
            Same(printed["obligations"]![i]!["description"]!, JsonSerializer.Serialize(value.Obligations[i].Description), "LocalizedText");
        }

        for (var i = 0; i < value.Remedies.Count; i++)
        {
            Same(printed["remedies"]![i]!, JsonSerializer.Serialize(value.Remedies[i]), $"Remedy {value.Remedies[i].Kind}");
        }

        for (var i = 0; i < value.Advice.Count; i++)
        {
            Same(printed["advice"]![i]!, JsonSerializer.Serialize(value.Advice[i]), $"Advice {value.Advice[i].ClauseId}");
        }

        var until = definition.At!.Value + NodaTime.Duration.FromDays(3);
        var timeline = new Evaluator(Policy.Chongqing2022, definition.Options).Timeline(definition.Person, definition.Ask, definition.At!.Value, until).Value!;
        var file = Path.GetTempFileName();
        File.WriteAllText(file, input);
        var printedTimeline = JsonNode.Parse(Print(["timeline", file, "--until", PolicyInstantConverter.Format(until), "--format", "json"], string.Empty))!;
        File.Delete(file);
        Same(printedTimeline, JsonSerializer.Serialize(timeline), "Timeline, plain");
        Same(printedTimeline, BeibeiRulesJson.Serialize(timeline), "Timeline, Serialize");
        Same(printedTimeline["segments"]![0]!, JsonSerializer.Serialize(timeline.Segments[0]), "TimelineSegment");
    }

    /// <summary>The direct writer behind <see cref="BeibeiRulesJson.Write(Utf8JsonWriter, Decision)"/> (the service's and
    /// the tool's path) writes the very bytes the source-generated metadata writes, for every decision of the casebook,
    /// under the relaxed encoder the library uses and under the default one.</summary>
    [Fact]
    public void TheDirectWriter_WritesTheSameBytesAsTheMetadata_ForEveryCaseOfTheCasebook()
    {
        var decided = 0;
        foreach (var path in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml"))
        {
            foreach (var definition in CasebookReader.ReadFile(path).File!.Cases)
            {
                if (CaseRunner.Decide(definition) is not { IsValid: true } result)
                {
                    continue;
                }

                Assert.Equal(JsonSerializer.Serialize(result.Value, BeibeiRulesJson.Options), Written(result.Value, BeibeiRulesJson.Options.Encoder));
                Assert.Equal(JsonSerializer.Serialize(result.Value, BeibeiRulesJson.IndentedOptions), Written(result.Value, BeibeiRulesJson.Options.Encoder, indented: true));
                Assert.Equal(JsonSerializer.Serialize(result.Value, new JsonSerializerOptions { TypeInfoResolver = BeibeiRulesJson.TypeInfoResolver }), Written(result.Value, null));
                decided++;
            }
        }

        Assert.True(decided > 300, $"only {decided} decisions");

        static string Written(Decision decision, System.Text.Encodings.Web.JavaScriptEncoder? encoder, bool indented = false)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder, Indented = indented }))
            {
                BeibeiRulesJson.Write(writer, decision);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    /// <summary>The compact writer (what a compact writer with the relaxed encoder gets, the decision service's) writes
    /// every string as the encoder does: text that needs escapes (quotes, back-slashes, control characters, characters
    /// outside the basic plane, a lone surrogate), Chinese and plain text, in every field a decision writes a string,
    /// each fact kind and one the contract does not know, and the same again once the strings are in the writer's
    /// table of escaped strings (the second sight).</summary>
    [Fact]
    public void TheCompactWriter_WritesEveryStringAsTheEncoderDoes_FirstAndSecondTime()
    {
        var pieces = Gen.OneOf<string>(["a", "\"", "\\", "\n", "\u0001", "\u007f", "<script>", "&", "'", "+", "北碚", "\u2028", "😀", "\ud800", "\udc00x", "é", "\u00a0", "-", "/"]);
        var texts = Gen.Select(pieces.Array[0, 6], p => string.Concat(p));
        texts.Array[22].Sample(t =>
        {
            var decision = Stringy(t);
            var first = Compact(decision);
            var second = Compact(decision);
            var expected = Metadata(decision);
            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
        }, iter: 400);

        static string Metadata(Decision decision)
        {
            try
            {
                return JsonSerializer.Serialize(decision, BeibeiRulesJson.Options);
            }
            catch (Exception e)
            {
                return e.GetType().Name;
            }
        }

        static string Compact(Decision decision)
        {
            try
            {
                var buffer = new System.Buffers.ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BeibeiRulesJson.Options.Encoder, SkipValidation = true }))
                {
                    writer.WriteStartArray();
                    BeibeiRulesJson.Write(writer, decision);
                    writer.WriteEndArray();
                }

                var text = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
                return text[1..^1];
            }
            catch (Exception e)
            {
                return e.GetType().Name;
            }
        }
    }

    /// <summary>A decision larger than the compact writer's first buffer (long texts, some needing escapes, some Chinese)
    /// comes out whole: the buffer grows as it is written, whatever is written when it runs out.</summary>
    [Fact]
    public void TheCompactWriter_GrowsItsBuffer_ForALargeDecision()
    {
        Gen.Int[1, 400].Array[22].Sample(lengths =>
        {
            var decision = Stringy([.. lengths.Select((n, i) => string.Concat(Enumerable.Repeat(i % 3 == 0 ? "北碚\"" : i % 3 == 1 ? "ab" : "\n", n)))]);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BeibeiRulesJson.Options.Encoder }))
            {
                writer.WriteStartArray();
                BeibeiRulesJson.Write(writer, decision);
                BeibeiRulesJson.Write(writer, decision);
                writer.WriteEndArray();
            }

            var expected = JsonSerializer.Serialize(decision, BeibeiRulesJson.Options);
            Assert.Equal($"[{expected},{expected}]", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }, iter: 100);
    }

    /// <summary>A decision whose every string is one of <paramref name="t"/> (22 of them): fresh string objects each
    /// call, so the writer's table sees new strings.</summary>
    private static Decision Stringy(string[] t)
    {
        string S(int i) => new(t[i].AsSpan());
        var at = NodaTime.Instant.FromUtc(2022, 11, 12, 1, 0);
        var text = new LocalizedText(S(0), S(1));
        var citation = new Citation([S(2), S(3)], S(4), S(5), new LocalizedText(S(6), S(7)));
        var test = new Beibei.Rules.Model.TestRecord(at - NodaTime.Duration.FromHours(30), Beibei.Rules.Model.TestResult.Negative, at - NodaTime.Duration.FromHours(20));
        var proof = new Proof(test, test.Sampled, test.Sampled + NodaTime.Duration.FromHours(48));
        Condition[] conditions =
        [
            new(S(8), true, proof),
            new(S(9), false, new TestFact(test, TestStanding.Expired, at)),
            new(S(10), false, new TestFact(null, TestStanding.Missing)),
            new(S(11), true, new ReportFact(S(12), new Beibei.Rules.Model.Report(S(12), at), at)),
            new(S(13), false, new ReportFact(S(12), null, at)),
            new(S(14), true, new ValueFact(S(15), S(16))),
            new(S(17), true, new PeriodFact(S(18), at, null)),
            new(S(19), false, new UnknownFact()),
        ];
        var reason = new Reason(S(20), citation, proof) { Force = Force.Advised, Conditions = conditions };
        var obligation = new Obligation(S(21) + "/" + S(0), at, null, ObligationStatus.Overdue, text);
        Remedy[] remedies = [new(RemedyKind.Wait, S(2), at, text) { Condition = S(3) }, new(RemedyKind.Test, S(4), at, new LocalizedText(S(5), S(6)))];
        return new Decision(at, Verdict.Denied, [reason, reason with { Proof = null }], [obligation], null, false, remedies, [new Advice(S(7), citation)], new PolicyIdentity(S(8), S(9), S(10)));
    }

    private sealed record UnknownFact : ConditionFact;

    /// <summary><see cref="BeibeiRulesJson.WriteMembers"/> writes a decision's members into an object the caller holds
    /// open: with members of the caller's before and after them, the same decision JSON as <see cref="BeibeiRulesJson.Write(Utf8JsonWriter, Decision)"/>.</summary>
    [Fact]
    public void TheDecisionsMembers_GoIntoTheCallersObject_BetweenItsOwn()
    {
        var decision = new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Samples.Person("yuzhong"), new Questions.LeaveHome(Questions.Purpose.Essential), Samples.Noon12th).Value!;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BeibeiRulesJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("decision-id", "mine");
            BeibeiRulesJson.WriteMembers(writer, decision);
            writer.WriteNumber("after", 1);
            writer.WriteEndObject();
        }

        var written = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        var alone = BeibeiRulesJson.Serialize(decision);
        Assert.Equal("{\"decision-id\":\"mine\"," + alone[1..^1] + ",\"after\":1}", written);

        using var outside = new Utf8JsonWriter(new System.Buffers.ArrayBufferWriter<byte>());
        Assert.Throws<InvalidOperationException>(() => BeibeiRulesJson.WriteMembers(outside, decision));
        Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.WriteMembers(null!, decision));
        Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.WriteMembers(outside, null!));
    }

    [Fact]
    public void Instants_AreWrittenAsNodaTimesPatternWritesThem()
    {
        var pattern = NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");
        var zone = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        // Ticks from year 1 to 9999 (100 ns apart, so every count of fraction digits), and whole seconds.
        CsCheck.Gen.Long[-62_135_596_800L * 10_000_000L, 253_402_300_799L * 10_000_000L].Sample(ticks =>
        {
            foreach (var instant in (NodaTime.Instant[])[NodaTime.Instant.FromUnixTimeTicks(ticks), NodaTime.Instant.FromUnixTimeSeconds(ticks / 10_000_000L), NodaTime.Instant.FromUnixTimeTicks(ticks) + NodaTime.Duration.FromNanoseconds(7)])
            {
                Assert.Equal(pattern.Format(instant.InZone(zone).ToOffsetDateTime()), PolicyInstantConverter.Format(instant));
            }
        });
        Assert.Equal("1900-01-01T08:05:43+08:05", PolicyInstantConverter.Format(Samples.T("1900-01-01T00:00:00Z")));

        // Before year 1 and at the ends of NodaTime's range: the writer's hand-made path has four-digit years only.
        foreach (var instant in (NodaTime.Instant[])[NodaTime.Instant.FromUtc(-100, 3, 1, 12, 0), NodaTime.Instant.FromUtc(0, 12, 31, 23, 59, 59), NodaTime.Instant.MinValue, NodaTime.Instant.MaxValue - NodaTime.Duration.FromDays(1)])
        {
            Assert.Equal(pattern.Format(instant.InZone(zone).ToOffsetDateTime()), PolicyInstantConverter.Format(instant));
        }

        // Every day from 1969 to 2101, just before and at its local midnight and at a time with a fraction: the calendar
        // arithmetic of the writer's fast path against NodaTime's, leap days and century years included.
        for (var instant = Samples.T("1969-12-31T00:00:00Z"); instant < Samples.T("2101-01-01T00:00:00Z"); instant += NodaTime.Duration.FromDays(1))
        {
            foreach (var at in (NodaTime.Instant[])[instant, instant + NodaTime.Duration.FromHours(16), instant + NodaTime.Duration.FromHours(16) - NodaTime.Duration.Epsilon, instant + NodaTime.Duration.FromMilliseconds(45_296_789)])
            {
                Assert.Equal(pattern.Format(at.InZone(zone).ToOffsetDateTime()), PolicyInstantConverter.Format(at));
            }
        }
    }

    /// <summary>The converter as a plain <see cref="System.Text.Json"/> user meets it: for instants and optional
    /// instants only, null for an absent one, and a <see cref="JsonException"/> for anything that is not an instant with
    /// its offset.</summary>
    [Fact]
    public void TheInstantConverter_ConvertsInstantsOnly_AndRefusesWhatIsNotAnInstant()
    {
        var converter = new PolicyInstantConverter();
        var options = new JsonSerializerOptions { Converters = { converter }, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Assert.True(converter.CanConvert(typeof(NodaTime.Instant)));
        Assert.True(converter.CanConvert(typeof(NodaTime.Instant?)));
        Assert.False(converter.CanConvert(typeof(string)));
        Assert.False(converter.CanConvert(typeof(DateTimeOffset)));
        Assert.Equal("null", JsonSerializer.Serialize((NodaTime.Instant?)null, options));
        Assert.Equal("\"2022-11-12T10:00:00+08:00\"", JsonSerializer.Serialize((NodaTime.Instant?)Samples.Noon12th - NodaTime.Duration.FromHours(2), options));
        Assert.Null(JsonSerializer.Deserialize<NodaTime.Instant?>("null", options));
        Assert.Equal(Samples.Noon12th, JsonSerializer.Deserialize<NodaTime.Instant?>("\"2022-11-12T04:00:00Z\"", options));
        Assert.Equal(Samples.Noon12th, JsonSerializer.Deserialize<NodaTime.Instant>("\"2022-11-12T12:00:00+08:00\"", options));
        foreach (var bad in (string[])["123", "\"2022-11-12T12:00:00\"", "\"noon\"", "true"])
        {
            var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NodaTime.Instant>(bad, options));
            Assert.Contains("ISO 8601 with its offset", refused.Message, StringComparison.Ordinal);
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NodaTime.Instant?>(bad, options));
        }
    }

    [Fact]
    public void Instants_AreReadAsNodaTimesPatternsReadThem()
    {
        var pattern = NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");
        var texts = Gen.Select(Gen.Long[-62_135_596_800L * 10_000_000L, 253_402_300_799L * 10_000_000L], Gen.Int[-18 * 60, 18 * 60], Gen.Int[0, 999_999_999], Gen.Int[0, 3])
            .Select((ticks, minutes, nanoseconds, style) =>
            {
                var odt = NodaTime.Instant.FromUnixTimeTicks(ticks).WithOffset(NodaTime.Offset.FromSeconds(minutes * 60));
                var text = pattern.Format(style == 0 ? odt : odt.PlusNanoseconds(nanoseconds % (long)Math.Pow(10, style * 3)));
                return style == 3 ? text.Replace("+00:00", "Z", StringComparison.Ordinal).Replace('.', ',') : text;
            });
        texts.Sample(text =>
        {
            var expected = pattern.Parse(text).GetValueOrThrow().ToInstant();
            // An in-force period from before year 1 until the instant read (the period must end after it starts).
            var read = CasebookReader.ReadOptions([new("in-force-from", "0001-01-01T00:00:00+18:00"), new("in-force-until", text)], "test");
            Assert.True(read.Options is not null, $"{text}: {string.Join("; ", read.Errors)}");
            Assert.Equal(expected, read.Options.InForceUntil);

            // And from the bytes of a request body, the service's way.
            var body = System.Text.Encoding.UTF8.GetBytes("{\"at\":\"" + text + "\",\"person\":{\"region\":\"yuzhong\"},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}");
            Assert.Equal(expected, CaseRequestReader.ReadDecision(body, Samples.Noon12th, new PolicyOptions()).Read.Case?.At);
        });
        foreach (var bad in (string[])["2022-02-29T10:00:00+08:00", "2022-11-12T24:00:00+08:00", "2022-11-12T10:00:60+08:00", "2022-11-12T10:00:00+19:00", "2022-11-12T10:00:00.+08:00", "2022-11-12T10:00:00.1234567891+08:00"])
        {
            Assert.Equal(pattern.Parse(bad).Success, CasebookReader.ReadOptions([new("in-force-from", "0001-01-01T00:00:00+18:00"), new("in-force-until", bad)], "test").Options is not null);
        }
    }

    [Theory]
    [MemberData(nameof(Service.EveryCaseOverHttpTests.Files), MemberType = typeof(Service.EveryCaseOverHttpTests))]
    public void EveryInputType_IsWrittenAsACaseWritesIt_AndReadsBackToTheSameFacts(string file)
    {
        foreach (var (name, body) in Service.EveryCaseOverHttpTests.Cases(file))
        {
            var read = CasebookReader.ReadCase(body.ToJsonString(), file);
            if (read.AllErrors.Count > 0)
            {
                continue;
            }

            var definition = read.Case!;

            // What a .NET client of the decision service does: build the request from the library's own types.
            var request = new JsonObject
            {
                ["at"] = PolicyInstantConverter.Format(definition.At!.Value),
                ["options"] = JsonNode.Parse(JsonSerializer.Serialize(definition.Options)),
                ["person"] = JsonNode.Parse(JsonSerializer.Serialize(definition.Person)),
                ["ask"] = JsonNode.Parse(JsonSerializer.Serialize(definition.Ask)),
            };
            var again = CaseRequestReader.ReadDecision(System.Text.Encoding.UTF8.GetBytes(request.ToJsonString()), Samples.Noon12th, new PolicyOptions());

            Assert.True(again.Read.AllErrors.Count == 0, $"{file}: {name}: {string.Join("; ", again.Read.AllErrors)}\n{request.ToJsonString()}");
            Assert.True((definition.At, definition.Options, definition.Person, definition.Ask) == (again.Read.Case!.At, again.Read.Case.Options, again.Read.Case.Person, again.Read.Case.Ask), $"{file}: {name}: {request.ToJsonString()}");
            Assert.Equal(definition.Person, JsonSerializer.Deserialize<Beibei.Rules.Model.PersonFacts>(request["person"]!.ToJsonString()));
            Assert.Equal(definition.Ask, JsonSerializer.Deserialize<Beibei.Rules.Questions.Question>(request["ask"]!.ToJsonString()));
            Assert.True(JsonNode.DeepEquals(request["person"], JsonNode.Parse(JsonSerializer.Serialize(definition.Person, BeibeiRulesJson.Options))), $"{file}: {name}: the context");
        }
    }

    [Fact]
    public void AQuestion_IsWrittenAsItsAsk()
    {
        Assert.Equal("""{"travel":{"to":"hechuan","purpose":"non-essential","arrives":"2022-11-12T11:00:00+08:00"}}""",
            JsonSerializer.Serialize(new Questions.Travel("hechuan", Questions.Purpose.NonEssential, Samples.T("2022-11-12T03:00:00Z")), BeibeiRulesJson.Options));
        Assert.Equal("""{"enter-public-place":{}}""", JsonSerializer.Serialize<Questions.Question>(new Questions.EnterPublicPlace()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Questions.Question>("""{"travel":{"to":"hechuan","purpose":"essential"},"leave-home":{"purpose":"essential"}}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Questions.Question>("""{"leave-home":{"purpose":"fun"}}"""));
    }

    [Fact]
    public void InputErrors_AreCodeFieldMessage()
    {
        var errors = new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Samples.Person("北培"), new Questions.LeaveHome(Questions.Purpose.Essential), Samples.Noon12th).Errors;

        var json = JsonNode.Parse(BeibeiRulesJson.Serialize(errors))!.AsArray();

        Assert.Equal(ErrorCodes.RegionUnknown, json[0]!["code"]!.GetValue<string>());
        Assert.Equal("person.region", json[0]!["field"]!.GetValue<string>());
        Assert.Equal(errors[0].Message, json[0]!["message"]!.GetValue<string>());
        Assert.Equal(3, json[0]!.AsObject().Count);
    }

    [Fact]
    public void ADecision_IsWrittenNotRead()
    {
        var json = BeibeiRulesJson.Serialize(new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Samples.Person("yuzhong"), new Questions.LeaveHome(Questions.Purpose.Essential), Samples.Noon12th).Value!);

        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<Decision>(json, BeibeiRulesJson.Options));
    }

    private static Decision ADenial() =>
        new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Samples.Person("yuzhong"), new Questions.Travel("hechuan", Questions.Purpose.Essential), Samples.Noon12th).Value!;

    public static TheoryData<string, string> BadQuestions => new()
    {
        { "{}", "ask holds exactly one of travel, enter-public-place, leave-home, gathering." },
        { """{"travel":{"to":"hechuan","purpose":"essential"},"leave-home":{"purpose":"essential"}}""", "ask holds exactly one of travel, enter-public-place, leave-home, gathering." },
        { """{"fly":{"to":"hechuan"}}""", "'fly' is not a question; expected one of: travel, enter-public-place, leave-home, gathering." },
        { """{"travel":{"purpose":"essential"}}""", "'to' must be a string." },
        { """{"travel":{"to":7,"purpose":"essential"}}""", "'to' must be a string." },
        { """{"enter-public-place":{"region":5}}""", "'region' must be a string." },
        { """{"enter-public-place":{"kind":"zoo"}}""", "'zoo' is not one of: " },
        { """{"leave-home":{"purpose":"fun"}}""", "'fun' is not one of: essential, non-essential, " },
        { """{"travel":{"to":"hechuan","purpose":"essential","arrives":"tomorrow"}}""", "'tomorrow' is not an instant with its offset." },
    };

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public void ABadQuestion_IsAJsonException_ThatSaysWhatIsWrong(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Questions.Question>(json, BeibeiRulesJson.Options));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachKindOfQuestion_ReadsAsItself_AndNotAsAnother()
    {
        Questions.Question[] questions =
        [
            new Questions.Travel("hechuan", Questions.Purpose.Medical, Samples.Noon12th),
            new Questions.EnterPublicPlace("beibei", Questions.PlaceKind.Supermarket),
            new Questions.LeaveHome(Questions.Purpose.Testing),
            new Questions.Gathering(Questions.GatheringKind.Wedding),
        ];

        foreach (var question in questions)
        {
            var json = JsonSerializer.Serialize(question, BeibeiRulesJson.Options);
            Assert.Equal(question, JsonSerializer.Deserialize(json, question.GetType(), BeibeiRulesJson.Options));
            Assert.Equal(question, JsonSerializer.Deserialize<Questions.Question>(json, BeibeiRulesJson.Options));
        }

        var wrong = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Questions.Travel>("""{"leave-home":{"purpose":"essential"}}""", BeibeiRulesJson.Options));
        Assert.StartsWith("The question is not a Travel.", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultsAndOptions_AreWrittenNotRead_AndSaySo()
    {
        var decision = ADenial();
        var reason = JsonSerializer.Serialize(decision.Reasons[0], BeibeiRulesJson.Options);

        var read = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Reason>(reason, BeibeiRulesJson.Options));
        Assert.StartsWith("Reason is a result of the library: its JSON is written, not read back.", read.Message, StringComparison.Ordinal);
        var options = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PolicyOptions>("{}", BeibeiRulesJson.Options));
        Assert.StartsWith("Options are read by the casebook reader (CasebookReader.ReadOptions)", options.Message, StringComparison.Ordinal);
        var word = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Beibei.Rules.Model.TestResult>("\"maybe\"", BeibeiRulesJson.Options));
        Assert.StartsWith("Expected one of: negative, positive, pending", word.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKindOfConditionFact_IsWrittenTheSame_AsItselfAndAsAFact()
    {
        var test = Beibei.Rules.Model.TestRecord.Negative(Samples.Noon12th - NodaTime.Duration.FromHours(5), Samples.Noon12th - NodaTime.Duration.FromHours(1));
        ConditionFact[] facts =
        [
            new Proof(test, test.Sampled, test.Sampled + NodaTime.Duration.FromHours(48)),
            new TestFact(test, TestStanding.Expired, Samples.Noon12th),
            new ReportFact("hechuan", null, Samples.Noon12th),
            new ValueFact("temperature", "37.5"),
            new PeriodFact("isolation", Samples.Noon12th, null),
        ];

        foreach (var fact in facts)
        {
            var asFact = JsonSerializer.Serialize(fact, BeibeiRulesJson.Options);
            Assert.Equal(asFact, JsonSerializer.Serialize(fact, fact.GetType(), BeibeiRulesJson.Options));
            Assert.Contains("\"kind\":", asFact, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ThePublicWritersAndConverters_RefuseNull_WithTheArgumentsName()
    {
        var decision = ADenial();
        using var writer = new Utf8JsonWriter(new System.Buffers.ArrayBufferWriter<byte>());

        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.Serialize((Decision)null!)).ParamName);
        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.SerializeToUtf8Bytes(null!)).ParamName);
        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.Write(writer, null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.Write(null!, decision)).ParamName);
        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.WriteMembers(writer, null!)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.Serialize((Timeline)null!)).ParamName);
        Assert.Equal("errors", Assert.Throws<ArgumentNullException>(() => BeibeiRulesJson.Serialize((IReadOnlyList<InputError>)null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new PolicyOptionsJsonConverter().Write(null!, new PolicyOptions(), BeibeiRulesJson.Options)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new PolicyOptionsJsonConverter().Write(writer, null!, BeibeiRulesJson.Options)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new ReasonJsonConverter().Write(null!, decision.Reasons[0], BeibeiRulesJson.Options)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new ReasonJsonConverter().Write(writer, null!, BeibeiRulesJson.Options)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new AdviceJsonConverter().Write(writer, null!, BeibeiRulesJson.Options)).ParamName);
    }

    [Fact]
    public void TheIndentedOptions_IndentAndKeepTheTextReadable()
    {
        var indented = JsonSerializer.Serialize(ADenial(), BeibeiRulesJson.IndentedOptions);

        Assert.Contains("\n  \"verdict\": \"denied\"", indented, StringComparison.Ordinal);
        Assert.Contains("+08:00", indented, StringComparison.Ordinal);
        Assert.Contains("离开", indented, StringComparison.Ordinal);
    }

    [Fact]
    public void AHostsOwnEncoder_EscapesTheCitations_AndTheMeaningStaysTheSame()
    {
        var decision = ADenial();
        var relaxed = BeibeiRulesJson.Serialize(decision);
        var strict = JsonSerializer.Serialize(decision, new JsonSerializerOptions { TypeInfoResolver = BeibeiRulesJson.TypeInfoResolver });

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(relaxed), JsonNode.Parse(strict)));
        Assert.Contains("离开", relaxed, StringComparison.Ordinal);
        Assert.DoesNotContain(strict, c => c > 0x7F);
    }

    private static (CaseDefinition? Definition, string Input) Read(string which)
    {
        var (file, name) = (which[..which.IndexOf('|', StringComparison.Ordinal)], which[(which.IndexOf('|', StringComparison.Ordinal) + 1)..]);
        if (name.Length == 0)
        {
            var text = File.ReadAllText(Path.Combine(Samples.CasesFolder(), file));
            return (CasebookReader.ReadCase(text, file).Case, text);
        }

        var body = Service.EveryCaseOverHttpTests.Cases(file).First(c => c.Name == name).Body.ToJsonString();
        var read = CasebookReader.ReadCase(body, file);
        return (read.AllErrors.Count == 0 ? read.Case : null, body);
    }

    private static string Print(string[] args, string input)
    {
        var output = new StringWriter();
        CommandLine.Run(args, new StringReader(input), output, new StringWriter());
        return output.ToString();
    }

    private static void Same(JsonNode expected, string actual, string what) =>
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual)), $"{what}\nexpected: {expected.ToJsonString()}\nactual:   {actual}");
}
