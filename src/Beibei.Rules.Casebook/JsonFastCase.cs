using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
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
    private static readonly Keys PersonKeys = new(
        "region", "tests", "reports", "symptoms", "arrival", "exposure", "isolation", "control-area", "health-code", "health-code-reported", "temperature");

    private static readonly Keys RootKeys = new("at", "person", "ask", "name");
    private static readonly Keys RootKeysAndId = RootKeys.And("id");
    private static readonly Keys RootKeysAndUntil = RootKeys.And("until");
    private static readonly Keys TestKeys = new("sampled", "resulted", "result");
    private static readonly Keys ReportKeys = new("to", "at");
    private static readonly Keys ArrivalKeys = new("from", "at", "reported", "entered");
    private static readonly Keys ExposureKeys = new("noticed", "reported");
    private static readonly Keys IsolationKeys = new("from", "until", "lives-alone");
    private static readonly Keys ControlAreaKeys = new("level", "from", "until");
    private static readonly Keys TravelKeys = new("to", "purpose", "arrives");
    private static readonly Keys PlaceKeys = new("region", "kind");
    private static readonly Keys PurposeKey = new("purpose");
    private static readonly Keys KindKey = new("kind");
    private static readonly Keys AskKeys = new("travel", "enter-public-place", "leave-home", "gathering");

    public static bool TryRead(JsonElement root, Instant defaultAt, PolicyOptions options, string? otherKey, Policy policy, out CaseDefinition definition, out bool atGiven)
    {
        definition = null!;
        atGiven = false;
        var fields = default(Fields);
        var keys = otherKey switch
        {
            null => RootKeys,
            "id" => RootKeysAndId,
            "until" => RootKeysAndUntil,
            _ => RootKeys.And(otherKey),
        };
        if (!Gather(root, keys, fields)
            || Person(fields[1]) is not { } person
            || Ask(fields[2]) is not { } ask
            || !Optional(fields[0], Instant, out Instant? at)
            || !Optional(fields[3], Text, out var name))
        {
            return false;
        }

        atGiven = at is not null;
        definition = new CaseDefinition { Name = name ?? "(unnamed case)", File = "request", At = at ?? defaultAt, Options = options, Person = person, Ask = ask, Policy = policy };
        return true;
    }

    /// <summary>Puts the value of each of <paramref name="keys"/> into <paramref name="fields"/> at the key's index
    /// (absent keys stay <see cref="JsonValueKind.Undefined"/>); false for anything but an object of those keys, each at
    /// most once.</summary>
    private static bool Gather(JsonElement element, Keys keys, Span<JsonElement> fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            var index = keys.IndexOf(property);
            if (index < 0 || fields[index].ValueKind != JsonValueKind.Undefined)
            {
                return false;
            }

            fields[index] = property.Value;
        }

        return true;
    }

    /// <summary>An optional field: absent is null and true; present must read.</summary>
    private static bool Optional<T>(JsonElement field, Func<JsonElement, T?> read, out T? value)
        where T : struct
    {
        value = field.ValueKind == JsonValueKind.Undefined ? null : read(field);
        return field.ValueKind == JsonValueKind.Undefined || value is not null;
    }

    private static bool Optional<T>(JsonElement field, Func<JsonElement, T?> read, out T? value)
        where T : class
    {
        value = field.ValueKind == JsonValueKind.Undefined ? null : read(field);
        return field.ValueKind == JsonValueKind.Undefined || value is not null;
    }

    private static PersonFacts? Person(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, PersonKeys, f)
            && Region(f[0]) is { } region
            && Optional(f[1], t => List(t, e => Test(e) is { } test ? (true, test) : (false, null!), CasebookLimits.MaxTests), out var tests)
            && Optional(f[2], r => List(r, e => Report(e) is { } report ? (true, report) : (false, null!), int.MaxValue), out var reports)
            && Optional(f[3], s => List(s, e => Term<Symptom>(e) is { } symptom ? (true, symptom) : (false, default), int.MaxValue), out var symptoms)
            && Optional(f[4], Arrival, out var arrival)
            && Optional(f[5], Exposure, out var exposure)
            && Optional(f[6], Isolation, out var isolation)
            && Optional(f[7], ControlArea, out var controlArea)
            && Optional(f[8], Term<HealthCode>, out HealthCode? healthCode)
            && Optional(f[9], Instant, out Instant? codeReported)
            && Optional(f[10], Number, out decimal? temperature)
                ? new PersonFacts
                {
                    Region = region,
                    Tests = tests ?? [],
                    Reports = reports ?? [],
                    Symptoms = symptoms ?? [],
                    Arrival = arrival,
                    Exposure = exposure,
                    HealthCodeReported = codeReported,
                    Isolation = isolation,
                    ControlArea = controlArea,
                    HealthCode = healthCode,
                    Temperature = temperature,
                }
                : null;
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

            var f = default(Fields);
            question = AskKeys.IndexOf(property) switch
            {
                0 when Gather(property.Value, TravelKeys, f) && Region(f[0]) is { } to && Term<Purpose>(f[1]) is { } purpose && Optional(f[2], Instant, out Instant? arrives) =>
                    new Travel(to, purpose, arrives),
                1 when Gather(property.Value, PlaceKeys, f) && Optional(f[0], Text, out var region) && Optional(f[1], Term<PlaceKind>, out PlaceKind? kind) =>
                    new EnterPublicPlace(region, kind),
                2 when Gather(property.Value, PurposeKey, f) && Term<Purpose>(f[0]) is { } purpose => new LeaveHome(purpose),
                3 when Gather(property.Value, KindKey, f) && Term<GatheringKind>(f[0]) is { } kind => new Gathering(kind),
                _ => null,
            };
            if (question is null)
            {
                return null;
            }
        }

        return question;
    }

    private static TestRecord? Test(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, TestKeys, f) && Instant(f[0]) is { } sampled && Optional(f[1], Instant, out Instant? resulted) && Term<TestResult>(f[2]) is { } result
            ? new TestRecord(sampled, result, resulted)
            : null;
    }

    private static Report? Report(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, ReportKeys, f) && Region(f[0]) is { } to && Instant(f[1]) is { } at ? new Report(to, at) : null;
    }

    private static Arrival? Arrival(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, ArrivalKeys, f) && Region(f[0]) is { } from && Instant(f[1]) is { } at
            && Optional(f[2], Instant, out Instant? reported) && Optional(f[3], Instant, out Instant? entered)
                ? new Arrival(from, at, reported, entered)
                : null;
    }

    private static Exposure? Exposure(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, ExposureKeys, f) && Instant(f[0]) is { } noticed && Optional(f[1], Instant, out Instant? reported)
            ? new Exposure(noticed, reported)
            : null;
    }

    private static Isolation? Isolation(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, IsolationKeys, f) && Instant(f[0]) is { } from && Optional(f[1], Instant, out Instant? until) && Optional(f[2], Boolean, out bool? alone)
            ? new Isolation(from, until, alone)
            : null;
    }

    private static ControlArea? ControlArea(JsonElement element)
    {
        var f = default(Fields);
        return Gather(element, ControlAreaKeys, f) && Term<ControlLevel>(f[0]) is { } level && Instant(f[1]) is { } from && Optional(f[2], Instant, out Instant? until)
            ? new ControlArea(level, from, until)
            : null;
    }

    /// <summary>A list of at most <paramref name="most"/> items, each read by <paramref name="item"/>; null when it is
    /// not a list or an item does not read.</summary>
    private static T[]? List<T>(JsonElement element, Func<JsonElement, (bool Read, T Value)> item, int most)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() > most)
        {
            return null;
        }

        var result = new T[element.GetArrayLength()];
        var i = 0;
        foreach (var value in element.EnumerateArray())
        {
            if (item(value) is not (true, var read))
            {
                return null;
            }

            result[i++] = read;
        }

        return result;
    }

    private static string? Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { Length: <= CasebookLimits.MaxValueLength } text ? text : null;

    /// <summary>A region, a destination or an origin: the table's own id string when the value is written as one (no
    /// string is made for it), else the text as written.</summary>
    private static string? Region(JsonElement element) =>
        Plain(element, out var raw) && RegionId(raw) is { } id ? id : Text(element);

    /// <summary>The table's own id string for the bytes of a plain value that spell one, else null.</summary>
    internal static string? RegionId(ReadOnlySpan<byte> raw)
    {
        Span<char> chars = stackalloc char[ShortText];
        return raw.Length <= chars.Length
            && System.Text.Ascii.ToUtf16(raw, chars, out var written) == System.Buffers.OperationStatus.Done
            && RegionIds.TryGetValue(chars[..written], out var id)
                ? id
                : null;
    }

    private static Instant? Instant(JsonElement element)
    {
        // The form the library writes, read from the value's bytes; anything else through the text as written.
        if (Plain(element, out var raw) && NodeReader.TryCanonical(raw, out var canonical))
        {
            return canonical;
        }

        return Text(element) is { } text && NodeReader.TryInstant(text.Trim(), out var instant) ? instant : null;
    }

    private static TEnum? Term<TEnum>(JsonElement element)
        where TEnum : struct, Enum
    {
        if (Plain(element, out var raw) && Words<TEnum>.TryParse(raw, out var word))
        {
            return word;
        }

        return Text(element) is { } text && PolicyTerms.TryParse<TEnum>(text, out var value) ? value : null;
    }

    // The table's ids, looked up by the characters of a value: the id string itself comes back.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RegionIds =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Chongqing2022Regions.Table.All, r => r.Id, r => r.Id, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest value read from its bytes (an instant with nine fraction digits and an offset is 35).
    private const int ShortText = 40;

    /// <summary>The bytes of a string value written without escapes, quotes taken off.</summary>
    private static bool Plain(JsonElement element, out ReadOnlySpan<byte> raw)
    {
        raw = default;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var value = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        if (value.Length < 2 || value[0] != (byte)'"' || value[^1] != (byte)'"' || value.Contains((byte)'\\'))
        {
            return false;
        }

        raw = value[1..^1];
        return true;
    }

    /// <summary>The public words of an enumeration in UTF-8, for reading them without making a string.</summary>
    internal static class Words<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly (byte[] Word, TEnum Value)[] All =
            [.. Enum.GetValues<TEnum>().Select(v => (System.Text.Encoding.UTF8.GetBytes(PolicyTerms.Of(v)), v))];

        public static bool TryParse(ReadOnlySpan<byte> raw, out TEnum value)
        {
            foreach (var (word, candidate) in All)
            {
                if (raw.SequenceEqual(word))
                {
                    value = candidate;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }

    private static bool? Boolean(JsonElement element) =>
        element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.GetBoolean() : null;

    private static decimal? Number(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number
        && decimal.TryParse(element.GetRawText(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The keys of one object in UTF-8, so a property's name is matched on its bytes and no string is made for
    /// it.</summary>
    private sealed class Keys(params string[] names)
    {
        private readonly byte[][] utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];

        /// <summary>These keys and one more.</summary>
        public Keys And(string name) => new([.. names, name]);

        /// <summary>The index of the property's key as written, or -1 when it is none of these.</summary>
        public int IndexOf(JsonProperty property)
        {
            // A name written with an escape matches none: the casebook reader reads that body.
            var name = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
            for (var i = 0; i < utf8.Length; i++)
            {
                if (name.SequenceEqual(utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Room for the fields of the largest object read (a person's eleven keys), on the stack.</summary>
    [InlineArray(11)]
    private struct Fields
    {
        private JsonElement first;
    }
}
