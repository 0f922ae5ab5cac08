using System.Globalization;
using System.Text.Json;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>The fast way through a JSON case: reads <c>person</c>, <c>ask</c> and <c>at</c> straight from the parsed
/// JSON when the body is written plainly (only known keys, each once, strings where the format has words or instants),
/// and gives up otherwise, so that the casebook reader, which names every problem, reads the body instead.</summary>
/// <remarks>It accepts only what the casebook reader would read to the same facts: a body either gets exactly the
/// reader's case or is handed to the reader. <c>options</c> and every null go the reader's way.</remarks>
internal static class JsonFastCase
{
    public static bool TryRead(JsonElement root, Instant defaultAt, PolicyOptions options, string? otherKey, out CaseDefinition definition, out bool atGiven)
    {
        definition = null!;
        atGiven = false;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        Instant? at = null;
        PersonFacts? person = null;
        Question? ask = null;
        string? name = null;
        var seen = 0;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "at" when Once(ref seen, 1) && Instant(property.Value) is { } instant:
                    at = instant;
                    break;
                case "person" when Once(ref seen, 2) && Person(property.Value) is { } read:
                    person = read;
                    break;
                case "ask" when Once(ref seen, 4) && Ask(property.Value) is { } question:
                    ask = question;
                    break;
                case "name" when Once(ref seen, 8) && Text(property.Value) is { } text:
                    name = text;
                    break;
                case var other when other == otherKey && Once(ref seen, 16):
                    break;
                default:
                    return false;
            }
        }

        if (person is null || ask is null)
        {
            return false;
        }

        atGiven = at is not null;
        definition = new CaseDefinition { Name = name ?? "(unnamed case)", File = "request", At = at ?? defaultAt, Options = options, Person = person, Ask = ask };
        return true;
    }

    private static bool Once(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    private static PersonFacts? Person(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? region = null;
        TestRecord[] tests = [];
        Report[] reports = [];
        Symptom[] symptoms = [];
        Arrival? arrival = null;
        Exposure? exposure = null;
        Isolation? isolation = null;
        ControlArea? controlArea = null;
        HealthCode? healthCode = null;
        Instant? codeReported = null;
        decimal? temperature = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            var ok = property.Name switch
            {
                "region" => Once(ref seen, 1) && (region = Text(value)) is not null,
                "tests" => Once(ref seen, 2) && Objects(value, Test, CasebookLimits.MaxTests) is { } t && Set(ref tests, t),
                "reports" => Once(ref seen, 4) && Objects(value, Report, int.MaxValue) is { } r && Set(ref reports, r),
                "symptoms" => Once(ref seen, 8) && Values(value, Term<Symptom>) is { } s && Set(ref symptoms, s),
                "arrival" => Once(ref seen, 16) && (arrival = Arrival(value)) is not null,
                "exposure" => Once(ref seen, 32) && (exposure = Exposure(value)) is not null,
                "isolation" => Once(ref seen, 64) && (isolation = Isolation(value)) is not null,
                "control-area" => Once(ref seen, 128) && (controlArea = ControlArea(value)) is not null,
                "health-code" => Once(ref seen, 256) && (healthCode = Term<HealthCode>(value)) is not null,
                "health-code-reported" => Once(ref seen, 512) && (codeReported = Instant(value)) is not null,
                "temperature" => Once(ref seen, 1024) && (temperature = Number(value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return region is null
            ? null
            : new PersonFacts
            {
                Region = region,
                Tests = tests,
                Reports = reports,
                Symptoms = symptoms,
                Arrival = arrival,
                Exposure = exposure,
                HealthCodeReported = codeReported,
                Isolation = isolation,
                ControlArea = controlArea,
                HealthCode = healthCode,
                Temperature = temperature,
            };
    }

    private static bool Set<T>(ref T[] target, T[] value)
    {
        target = value;
        return true;
    }

    private static Question? Ask(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        Question? question = null;
        foreach (var property in element.EnumerateObject())
        {
            if (question is not null)
            {
                return null;
            }

            question = property.Name switch
            {
                "travel" => Travel(property.Value),
                "enter-public-place" => PublicPlace(property.Value),
                "leave-home" => Only(property.Value, "purpose") is { } p && Term<Purpose>(p) is { } purpose ? new LeaveHome(purpose) : null,
                "gathering" => Only(property.Value, "kind") is { } k && Term<GatheringKind>(k) is { } kind ? new Gathering(kind) : null,
                _ => null,
            };
            if (question is null)
            {
                return null;
            }
        }

        return question;
    }

    private static Travel? Travel(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? to = null;
        Purpose? purpose = null;
        Instant? arrives = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "to" => Once(ref seen, 1) && (to = Text(property.Value)) is not null,
                "purpose" => Once(ref seen, 2) && (purpose = Term<Purpose>(property.Value)) is not null,
                "arrives" => Once(ref seen, 4) && (arrives = Instant(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return to is null || purpose is null ? null : new Travel(to, purpose.Value, arrives);
    }

    private static EnterPublicPlace? PublicPlace(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? region = null;
        PlaceKind? kind = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "region" => Once(ref seen, 1) && (region = Text(property.Value)) is not null,
                "kind" => Once(ref seen, 2) && (kind = Term<PlaceKind>(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return new EnterPublicPlace(region, kind);
    }

    /// <summary>The value of an object's one key, when it has exactly that key.</summary>
    private static JsonElement? Only(JsonElement element, string key)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        JsonElement? found = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != key || found is not null)
            {
                return null;
            }

            found = property.Value;
        }

        return found;
    }

    private static TestRecord? Test(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        Instant? sampled = null;
        Instant? resulted = null;
        TestResult? result = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "sampled" => Once(ref seen, 1) && (sampled = Instant(property.Value)) is not null,
                "resulted" => Once(ref seen, 2) && (resulted = Instant(property.Value)) is not null,
                "result" => Once(ref seen, 4) && (result = Term<TestResult>(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return sampled is null || result is null ? null : new TestRecord(sampled.Value, result.Value, resulted);
    }

    private static Report? Report(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? to = null;
        Instant? at = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "to" => Once(ref seen, 1) && (to = Text(property.Value)) is not null,
                "at" => Once(ref seen, 2) && (at = Instant(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return to is null || at is null ? null : new Report(to, at.Value);
    }

    private static Arrival? Arrival(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? from = null;
        Instant? at = null, reported = null, entered = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "from" => Once(ref seen, 1) && (from = Text(property.Value)) is not null,
                "at" => Once(ref seen, 2) && (at = Instant(property.Value)) is not null,
                "reported" => Once(ref seen, 4) && (reported = Instant(property.Value)) is not null,
                "entered" => Once(ref seen, 8) && (entered = Instant(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return from is null || at is null ? null : new Arrival(from, at.Value, reported, entered);
    }

    private static Exposure? Exposure(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        Instant? noticed = null, reported = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "noticed" => Once(ref seen, 1) && (noticed = Instant(property.Value)) is not null,
                "reported" => Once(ref seen, 2) && (reported = Instant(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return noticed is null ? null : new Exposure(noticed.Value, reported);
    }

    private static Isolation? Isolation(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        Instant? from = null, until = null;
        bool? alone = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "from" => Once(ref seen, 1) && (from = Instant(property.Value)) is not null,
                "until" => Once(ref seen, 2) && (until = Instant(property.Value)) is not null,
                "lives-alone" => Once(ref seen, 4) && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False && (alone = property.Value.GetBoolean()) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return from is null ? null : new Isolation(from.Value, until, alone);
    }

    private static ControlArea? ControlArea(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        ControlLevel? level = null;
        Instant? from = null, until = null;
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "level" => Once(ref seen, 1) && (level = Term<ControlLevel>(property.Value)) is not null,
                "from" => Once(ref seen, 2) && (from = Instant(property.Value)) is not null,
                "until" => Once(ref seen, 4) && (until = Instant(property.Value)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return level is null || from is null ? null : new ControlArea(level.Value, from.Value, until);
    }

    private static T[]? Objects<T>(JsonElement element, Func<JsonElement, T?> item, int most)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() > most)
        {
            return null;
        }

        var result = new T[element.GetArrayLength()];
        var i = 0;
        foreach (var value in element.EnumerateArray())
        {
            if (item(value) is not { } read)
            {
                return null;
            }

            result[i++] = read;
        }

        return result;
    }

    private static T[]? Values<T>(JsonElement element, Func<JsonElement, T?> item)
        where T : struct
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new T[element.GetArrayLength()];
        var i = 0;
        foreach (var value in element.EnumerateArray())
        {
            if (item(value) is not { } read)
            {
                return null;
            }

            result[i++] = read;
        }

        return result;
    }

    private static string? Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { Length: <= CasebookLimits.MaxValueLength } text ? text : null;

    private static Instant? Instant(JsonElement element) =>
        Text(element) is { } text && NodeReader.TryInstant(text.Trim(), out var instant) ? instant : null;

    private static TEnum? Term<TEnum>(JsonElement element)
        where TEnum : struct, Enum =>
        Text(element) is { } text && PolicyTerms.TryParse<TEnum>(text, out var value) ? value : null;

    private static decimal? Number(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number
        && decimal.TryParse(element.GetRawText(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
