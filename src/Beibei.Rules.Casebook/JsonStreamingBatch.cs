using System.Text.Json;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>The fastest way through a batch: a batch written plainly is read token by token, without a parsed document,
/// and anything else is given up, so that <see cref="BatchReader"/> reads it as before.</summary>
/// <remarks>
/// <para>Plainly means: an envelope of <c>items</c> (objects) and an optional <c>at</c> in the form the library writes,
/// each key once; each item of <c>id</c>, <c>at</c>, <c>person</c> (<c>region</c>, <c>tests</c>, <c>reports</c>) and a
/// <c>travel</c> question, each key once, every word and instant written as the library writes it, every region by its
/// id, no escape and no null. That is what services send in bulk; the rest is read by <see cref="JsonFastCase"/> and the
/// casebook reader, which name every problem.</para>
/// <para>It accepts only what those would read to the same case: a scan of the envelope either finds the same items as
/// the parsed document, or the batch is parsed; an item either reads to exactly the case <see cref="JsonFastCase"/>
/// gives for it, or that item alone is parsed and read as before.</para>
/// </remarks>
internal static class JsonStreamingBatch
{
    private static readonly JsonReaderOptions Reading = new() { MaxDepth = CasebookLimits.MaxDepth };

    /// <summary>Finds the envelope's <c>at</c> and where each item is in <paramref name="body"/>; false for anything but a
    /// plain envelope of at most <paramref name="limit"/> items (then the batch is parsed).</summary>
    public static bool TryScan(ReadOnlySpan<byte> body, int limit, out Instant? at, out Range[] items)
    {
        at = null;
        items = [];
        var reader = new Utf8JsonReader(body, Reading);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            List<Range>? found = null;
            var atSeen = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
            {
                if (!atSeen && reader.ValueTextEquals("at"u8))
                {
                    atSeen = true;
                    if (!reader.Read() || !TryInstant(ref reader, out var given))
                    {
                        return false;
                    }

                    at = given;
                }
                else if (found is null && reader.ValueTextEquals("items"u8) && reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    found = [];
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject && found.Count < limit)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        found.Add(start..(int)reader.BytesConsumed);
                    }

                    if (reader.TokenType != JsonTokenType.EndArray)
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }

            // The envelope must end there, with nothing after it but white space (a reader at the end reads nothing more).
            if (reader.TokenType != JsonTokenType.EndObject || found is null || reader.Read())
            {
                return false;
            }

            items = [.. found];
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads one plain item (<paramref name="json"/>, one of the ranges <see cref="TryScan"/> found); false for
    /// anything else, which the caller then parses.</summary>
    /// <param name="json">The item.</param>
    /// <param name="scratch">The reader's lists.</param>
    /// <param name="defaultAt">The instant of an item without <c>at</c>.</param>
    /// <param name="atGiven">True when the batch gives <c>at</c>.</param>
    /// <param name="options">The batch's options.</param>
    /// <param name="policy">The policy the items are for.</param>
    /// <param name="item">The item read.</param>
    /// <returns>False when the item is not plain.</returns>
    public static bool TryReadItem(ReadOnlySpan<byte> json, Scratch scratch, Instant defaultAt, bool atGiven, PolicyOptions options, Policy policy, out BatchRequestItem item)
    {
        item = null!;
        var reader = new Utf8JsonReader(json, Reading);
        reader.Read();
        var read = default(ItemFields);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return false;
            }

            var key = reader.ValueSpan;
            if (!reader.Read())
            {
                return false;
            }

            var ok = key switch
            {
                _ when key.SequenceEqual("id"u8) => !read.IdSeen && Id(ref reader, ref read),
                _ when key.SequenceEqual("at"u8) => read.At is null && TryInstant(ref reader, out var at) && (read.At = at) is not null,
                _ when key.SequenceEqual("person"u8) => read.Person is null && (read.Person = Person(ref reader, scratch)) is not null,
                _ when key.SequenceEqual("ask"u8) => read.Ask is null && (read.Ask = Ask(ref reader)) is not null,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (read.Person is not { } person || read.Ask is not { } ask)
        {
            return false;
        }

        var definition = new CaseDefinition { Name = "(unnamed case)", File = "request", At = read.At ?? defaultAt, Options = options, Person = person, Ask = ask, Policy = policy };
        item = new BatchRequestItem(read.Id, read.IdIsString, new CaseReadResult(definition, []), atGiven || read.At is not null);
        return true;
    }

    /// <summary>The id as <see cref="BatchReader"/> takes it: a string's text, a number's or a boolean's as written, and
    /// none for anything else.</summary>
    private static bool Id(ref Utf8JsonReader reader, ref ItemFields read)
    {
        read.IdSeen = true;
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.ValueIsEscaped:
                read.Id = reader.GetString();
                read.IdIsString = true;
                return true;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                read.Id = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                return true;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return true;
            default:
                return reader.TokenType == JsonTokenType.Null;
        }
    }

    private static PersonFacts? Person(ref Utf8JsonReader reader, Scratch scratch)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? region = null;
        var (testsSeen, reportsSeen) = (false, false);
        scratch.Tests.Clear();
        scratch.Reports.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
        {
            var ok = reader.ValueTextEquals("region"u8) ? region is null && reader.Read() && (region = Region(ref reader)) is not null
                : reader.ValueTextEquals("tests"u8) ? !testsSeen && (testsSeen = true) && reader.Read() && List(ref reader, scratch.Tests, CasebookLimits.MaxTests, ReadTest)
                : reader.ValueTextEquals("reports"u8) && !reportsSeen && (reportsSeen = true) && reader.Read() && List(ref reader, scratch.Reports, int.MaxValue, ReadReport);
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && region is not null
            ? new PersonFacts { Region = region, Tests = scratch.Tests, Reports = scratch.Reports, Symptoms = [] }
            : null;
    }

    private delegate bool ReadOne<T>(ref Utf8JsonReader reader, out T item);

    /// <summary>A list of objects, each read by <paramref name="one"/> into <paramref name="into"/>, at most
    /// <paramref name="most"/> of them.</summary>
    private static bool List<T>(ref Utf8JsonReader reader, List<T> into, int most, ReadOne<T> one)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (into.Count == most || !one(ref reader, out var item))
            {
                return false;
            }

            into.Add(item);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool ReadTest(ref Utf8JsonReader reader, out TestRecord test)
    {
        test = null!;
        Instant? sampled = null;
        Instant? resulted = null;
        TestResult? result = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
        {
            var ok = reader.ValueTextEquals("sampled"u8) ? sampled is null && reader.Read() && TryInstant(ref reader, out var s) && (sampled = s) is not null
                : reader.ValueTextEquals("resulted"u8) ? resulted is null && reader.Read() && TryInstant(ref reader, out var r) && (resulted = r) is not null
                : reader.ValueTextEquals("result"u8) && result is null && reader.Read() && TryWord(ref reader, out TestResult t) && (result = t) is not null;
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || sampled is not { } at || result is not { } word)
        {
            return false;
        }

        test = new TestRecord(at, word, resulted);
        return true;
    }

    private static bool ReadReport(ref Utf8JsonReader reader, out Report report)
    {
        report = null!;
        string? to = null;
        Instant? at = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
        {
            var ok = reader.ValueTextEquals("to"u8) ? to is null && reader.Read() && (to = Region(ref reader)) is not null
                : reader.ValueTextEquals("at"u8) && at is null && reader.Read() && TryInstant(ref reader, out var a) && (at = a) is not null;
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || to is null || at is not { } when)
        {
            return false;
        }

        report = new Report(to, when);
        return true;
    }

    /// <summary>A travel question, the only one read here.</summary>
    private static Travel? Ask(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName
            || reader.ValueIsEscaped || !reader.ValueTextEquals("travel"u8) || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? to = null;
        Purpose? purpose = null;
        Instant? arrives = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
        {
            var ok = reader.ValueTextEquals("to"u8) ? to is null && reader.Read() && (to = Region(ref reader)) is not null
                : reader.ValueTextEquals("purpose"u8) ? purpose is null && reader.Read() && TryWord(ref reader, out Purpose p) && (purpose = p) is not null
                : reader.ValueTextEquals("arrives"u8) && arrives is null && reader.Read() && TryInstant(ref reader, out var a) && (arrives = a) is not null;
            if (!ok)
            {
                return null;
            }
        }

        // The travel object ends, and so must the question: one kind of question only.
        return reader.TokenType == JsonTokenType.EndObject && to is not null && purpose is { } why
            && reader.Read() && reader.TokenType == JsonTokenType.EndObject
                ? new Travel(to, why, arrives)
                : null;
    }

    private static bool Plain(ref Utf8JsonReader reader, out ReadOnlySpan<byte> raw)
    {
        raw = reader.ValueSpan;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;
    }

    private static bool TryInstant(ref Utf8JsonReader reader, out Instant instant)
    {
        instant = default;
        return Plain(ref reader, out var raw) && NodeReader.TryCanonical(raw, out instant);
    }

    private static bool TryWord<TEnum>(ref Utf8JsonReader reader, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return Plain(ref reader, out var raw) && JsonFastCase.Words<TEnum>.TryParse(raw, out value);
    }

    /// <summary>A region written as the table's id, as that id's own string.</summary>
    private static string? Region(ref Utf8JsonReader reader) =>
        Plain(ref reader, out var raw) && JsonFastCase.RegionId(raw) is { } id ? id : null;

    /// <summary>The lists one reader reuses from item to item (a person's facts copy them).</summary>
    internal sealed class Scratch
    {
        public List<TestRecord> Tests { get; } = [];

        public List<Report> Reports { get; } = [];
    }

    private struct ItemFields
    {
        public bool IdSeen;
        public string? Id;
        public bool IdIsString;
        public Instant? At;
        public PersonFacts? Person;
        public Question? Ask;
    }
}
