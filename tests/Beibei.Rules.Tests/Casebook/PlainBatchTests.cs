using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>A plain batch read token by token (<see cref="BatchReader.Open"/>) gives exactly the items, errors and ids
/// that the parsed way gives for the same body (<see cref="BatchReader.OpenParsed"/>), whether each item is plain, is
/// plain but for one thing, or the envelope is not plain at all.</summary>
public sealed class PlainBatchTests
{
    private static readonly Instant Now = Instant.FromUtc(2022, 11, 12, 4, 0);

    private const string Tests =
        "[{\"sampled\":\"2022-11-09T08:00:00+08:00\",\"resulted\":\"2022-11-09T16:00:00+08:00\",\"result\":\"negative\"},"
        + "{\"sampled\":\"2022-11-12T07:00:00+08:00\",\"result\":\"pending\"}]";

    private const string Reports = "[{\"to\":\"yubei\",\"at\":\"2022-11-10T10:00:00+08:00\"},{\"to\":\"fuling\",\"at\":\"2022-11-11T20:00:00+08:00\"}]";

    private const string Person = "{\"region\":\"jiangbei\",\"tests\":" + Tests + ",\"reports\":" + Reports + "}";

    private const string Ask = "{\"travel\":{\"to\":\"fuling\",\"purpose\":\"essential\",\"arrives\":\"2022-11-12T11:00:00+08:00\"}}";

    private const string Plain = "{\"id\":7,\"at\":\"2022-11-12T09:00:00+08:00\",\"person\":" + Person + ",\"ask\":" + Ask + "}";

    /// <summary>Items that are plain, and items plain but for one thing (each then read the parsed way).</summary>
    public static TheoryData<string> Items => new()
    {
        Plain,
        "{\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"ask\":" + Ask + ",\"person\":" + Person + ",\"id\":\"first\"}",
        "{\"id\":\"a\\u0062\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"id\":1.5e3,\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"id\":true,\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"id\":null,\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"id\":{\"x\":[1,2]},\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"id\":[1],\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"id\":1,\"id\":2,\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"name\":\"n\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"colour\":\"green\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"at\":null,\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"at\":\"2022-11-12 09:00\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"at\":\"2022-11-12T09:00:00Z\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"at\":\"2022-11-12T09:00:00+08:00\",\"at\":\"2022-11-12T10:00:00+08:00\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"\\u0061t\":\"2022-11-12T09:00:00+08:00\",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"ask\":" + Ask + "}",
        "{\"person\":" + Person + "}",
        "{\"person\":" + Person + ",\"person\":" + Person + ",\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\"},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[],\"reports\":[]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"Jiangbei\"},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"江北区\"},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"atlantis\"},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiang\\u0062ei\"},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"region\":\"yuzhong\"},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"symptoms\":[\"fever\"]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":null},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":" + Tests + ",\"tests\":[]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[{\"result\":\"negative\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[{\"sampled\":\"2022-11-09T08:00:00+08:00\",\"result\":\"Negative\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[{\"sampled\":\"2022-11-09T08:00:00+08:00\",\"result\":\"negative\",\"result\":\"positive\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[{\"sampled\":\"2022-11-09T08:00:00+08:00\",\"result\":\"negative\",\"place\":\"x\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[{\"sampled\":\"2022-11-09T08:00:00+08:00\",\"result\":\"negative\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"tests\":[1]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"reports\":[{\"to\":\"fuling\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"reports\":[{\"to\":\"fuling\",\"at\":\"2022-11-11T20:00:00+08:00\",\"by\":\"phone\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"reports\":[{\"to\":\"nowhere\",\"at\":\"2022-11-11T20:00:00+08:00\"}]},\"ask\":" + Ask + "}",
        "{\"person\":{\"region\":\"jiangbei\",\"reports\":{}},\"ask\":" + Ask + "}",
        "{\"person\":" + Person + ",\"ask\":{\"travel\":{\"to\":\"fuling\",\"purpose\":\"essential\"}}}",
        "{\"person\":" + Person + ",\"ask\":{\"travel\":{\"to\":\"fuling\"}}}",
        "{\"person\":" + Person + ",\"ask\":{\"travel\":{\"to\":\"fuling\",\"purpose\":\"holiday\"}}}",
        "{\"person\":" + Person + ",\"ask\":{\"travel\":{\"to\":\"fuling\",\"purpose\":\"essential\",\"to\":\"yubei\"}}}",
        "{\"person\":" + Person + ",\"ask\":{\"travel\":{\"to\":\"fuling\",\"purpose\":\"essential\",\"via\":\"yubei\"}}}",
        "{\"person\":" + Person + ",\"ask\":{\"travel\":{\"to\":\"fuling\",\"purpose\":\"essential\"},\"leave-home\":{\"purpose\":\"essential\"}}}",
        "{\"person\":" + Person + ",\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}",
        "{\"person\":" + Person + ",\"ask\":{}}",
        "{\"person\":" + Person + ",\"ask\":[]}",
        "{\"person\":[],\"ask\":" + Ask + "}",
        "{}",
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void AnItem_ReadsAsTheParsedWayReadsIt(string item)
    {
        AgreesWithTheParsedWay("{\"items\":[" + item + "," + Plain + "]}", 10);
        AgreesWithTheParsedWay("{\"at\":\"2022-11-12T08:00:00+08:00\",\"items\":[" + item + "]}", 10);
    }

    /// <summary>Envelopes that are plain, and envelopes that are not (then the whole batch is read the parsed way).</summary>
    [Theory]
    [InlineData("{\"items\":[" + Plain + "]}", 10)]
    [InlineData("{\"items\":[]}", 10)]
    [InlineData("  {\"items\":[" + Plain + "," + Plain + "],\"at\":\"2022-11-12T08:00:00+08:00\"}\n ", 10)]
    [InlineData("{\"items\":[" + Plain + "," + Plain + "," + Plain + "]}", 3)]
    [InlineData("{\"items\":[" + Plain + "," + Plain + "," + Plain + "]}", 2)]
    [InlineData("{\"items\":[" + Plain + "," + Plain + "]}", 0)]
    [InlineData("{\"options\":{\"proof-window\":\"24h\"},\"items\":[" + Plain + "]}", 10)]
    [InlineData("{\"at\":\"2022-11-12 08:00\",\"items\":[" + Plain + "]}", 10)]
    [InlineData("{\"at\":null,\"items\":[" + Plain + "]}", 10)]
    [InlineData("{\"at\":\"2022-11-12T08:00:00+08:00\",\"at\":\"2022-11-12T09:00:00+08:00\",\"items\":[" + Plain + "]}", 10)]
    [InlineData("{\"items\":[" + Plain + "],\"items\":[" + Plain + "]}", 10)]
    [InlineData("{\"items\":[" + Plain + "],\"colour\":1}", 10)]
    [InlineData("{\"items\":[" + Plain + ",1,\"x\",null]}", 10)]
    [InlineData("{\"items\":{}}", 10)]
    [InlineData("{\"at\":\"2022-11-12T08:00:00+08:00\"}", 10)]
    [InlineData("{\"items\":[" + Plain + "]} {}", 10)]
    [InlineData("{\"items\":[" + Plain + "]", 10)]
    [InlineData("{\"items\":[" + Plain + "],}", 10)]
    [InlineData("[" + Plain + "]", 10)]
    [InlineData("{\"item\\u0073\":[" + Plain + "]}", 10)]
    [InlineData("/* a comment */ {\"items\":[" + Plain + "]}", 10)]
    [InlineData("", 10)]
    public void AnEnvelope_ReadsAsTheParsedWayReadsIt(string body, int limit) => AgreesWithTheParsedWay(body, limit);

    [Fact]
    public void ABodyNotUtf8_OrWithMoreValuesThanTheLimit_ReadsAsTheParsedWayReadsIt()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"items\":[" + Plain + "]}");
        bytes[Plain.Length / 2] = 0xFF;
        AgreesWithTheParsedWay(bytes, 10);
        AgreesWithTheParsedWay(Encoding.UTF8.GetBytes("{\"items\":[" + Plain + "],\"x\":\"" + new string(',', CasebookLimits.MaxNodes) + "\"}"), 10);
    }

    [Fact]
    public void ADeepItem_ReadsAsTheParsedWayReadsIt()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 29)) + "1" + new string('}', 29);
        AgreesWithTheParsedWay("{\"items\":[{\"id\":" + deep + ",\"person\":" + Person + ",\"ask\":" + Ask + "}]}", 10);
        var tooDeep = string.Concat(Enumerable.Repeat("{\"a\":", 31)) + "1" + new string('}', 31);
        AgreesWithTheParsedWay("{\"items\":[{\"id\":" + tooDeep + ",\"person\":" + Person + ",\"ask\":" + Ask + "}]}", 10);
    }

    [Theory]
    [InlineData(CasebookLimits.MaxTests)]
    [InlineData(CasebookLimits.MaxTests + 1)]
    public void APersonWithTestsUpToAndPastTheLimit_ReadsAsTheParsedWayReadsIt(int count)
    {
        var test = "{\"sampled\":\"2022-11-09T08:00:00+08:00\",\"resulted\":\"2022-11-09T16:00:00+08:00\",\"result\":\"negative\"}";
        var tests = "[" + string.Join(",", Enumerable.Repeat(test, count)) + "]";
        AgreesWithTheParsedWay("{\"items\":[{\"person\":{\"region\":\"jiangbei\",\"tests\":" + tests + "},\"ask\":" + Ask + "}]}", 10);
    }

    private static void AgreesWithTheParsedWay(string body, int limit) => AgreesWithTheParsedWay(Encoding.UTF8.GetBytes(body), limit);

    private static void AgreesWithTheParsedWay(byte[] body, int limit)
    {
        using var plain = BatchReader.Open(body, Now, new PolicyOptions(), limit);
        using var parsed = BatchReader.OpenParsed(body, Now, new PolicyOptions(), limit);

        Assert.Equal(Describe(parsed.Errors), Describe(plain.Errors));
        Assert.Equal(parsed.Count, plain.Count);
        Assert.Equal(parsed.Options is null, plain.Options is null);
        Assert.Equal(parsed.Items.Select(Describe), plain.Items.Select(Describe));
    }

    private static string Describe(IEnumerable<CasebookError> errors) =>
        string.Join("\n", errors.Select(e => $"{e.File}:{e.Line} {e.Field} {e.Code} {e.Message}"));

    private static string Describe(BatchRequestItem item)
    {
        var read = item.Read.Case;
        var facts = read is null ? "no case"
            : $"{read.Name} {read.File} {read.At} {read.Options?.ProofWindow} {read.Policy?.Id} "
                + (read.Person is null ? "no person" : System.Text.Json.JsonSerializer.Serialize(read.Person, BeibeiRulesJson.Options)) + " "
                + (read.Ask is null ? "no question" : System.Text.Json.JsonSerializer.Serialize(read.Ask, BeibeiRulesJson.Options));
        return $"{item.Id ?? "(no id)"} {item.IdIsString} {item.AtGiven} | {facts} | {Describe(item.Read.AllErrors)}";
    }
}
