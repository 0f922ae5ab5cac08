using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Questions;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>The reader's limits on a JSON body, at their boundaries: the depth and the number of values are checked
/// whether or not the body is scanned before it is parsed, and give the limit's own code, not a syntax error.</summary>
public class JsonBodyLimitsTests
{
    private const string Plain = """{"at":"2022-11-12T10:00:00+08:00","person":{"region":"yuzhong"},"ask":{"travel":{"to":"jiangbei","purpose":"essential"}}}""";

    [Theory]
    [InlineData(CasebookLimits.MaxDepth - 1, false)]
    [InlineData(CasebookLimits.MaxDepth, false)]
    [InlineData(CasebookLimits.MaxDepth + 1, true)]
    public void NestedLists_AreRefusedOnlyDeeperThanTheLimit(int levels, bool refused)
    {
        var codes = Codes(new string('[', levels) + new string(']', levels));

        Assert.Equal(refused, codes.Contains(CasebookLimits.DepthCode));
        Assert.DoesNotContain(ErrorCodes.Syntax, codes);
    }

    [Fact]
    public void ABodyTooDeep_AndBrokenAfterwards_IsTheDepthLimit()
    {
        var codes = Codes(new string('[', CasebookLimits.MaxDepth + 1) + "}");

        Assert.Equal([CasebookLimits.DepthCode], codes);
    }

    [Fact]
    public void ABodyWithinTheDepth_ButBroken_IsASyntaxError()
    {
        var codes = Codes(new string('[', CasebookLimits.MaxDepth) + new string(']', CasebookLimits.MaxDepth - 1));

        Assert.Equal([ErrorCodes.Syntax], codes);
    }

    [Theory]
    [InlineData(CasebookLimits.MaxNodes - 1, false)]
    [InlineData(CasebookLimits.MaxNodes, false)]
    [InlineData(CasebookLimits.MaxNodes + 1, true)]
    public void Values_AreRefusedOnlyBeyondTheLimit(int values, bool refused)
    {
        // A list of values - 1 numbers: the list is a value too.
        var codes = Codes("[" + string.Join(",", Enumerable.Repeat("0", values - 1)) + "]");

        Assert.Equal(refused, codes.Contains(CasebookLimits.NodesCode));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void ABatchOfPlainlyWrittenItems_KeepsTheValuesLimit(int beyond, bool refused)
    {
        // Two items of 8 + k values each, in a root and a list: 2 + 2 (8 + k) = 18 + 2k values, the limit itself when
        // k = (MaxNodes - 18) / 2; the second item's list is longer by `beyond`.
        const int k = (CasebookLimits.MaxNodes - 18) / 2;
        var body = Encoding.UTF8.GetBytes("{\"items\":[" + Item(k) + "," + Item(k + beyond) + "]}");

        var batch = CaseRequestReader.ReadBatch(body, Noon12th, new PolicyOptions(), CaseRequestReader.MaxBatchItems);

        Assert.Equal(refused, batch.Errors.Any(e => e.Code == CasebookLimits.NodesCode));
        Assert.Equal(!refused, batch.IsValid);

        static string Item(int symptoms) =>
            "{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\":{\"region\":\"yuzhong\",\"symptoms\":["
            + string.Join(",", Enumerable.Repeat("\"cough\"", symptoms)) + "]},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}";
    }

    [Fact]
    public void SeparatorsInsideStrings_AreNotValues()
    {
        // More commas than the limit's values, all inside 30 strings: 31 values.
        var strings = Enumerable.Repeat("\"" + new string(',', 9_000) + "\"", 30);
        var codes = Codes("{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\":{\"region\":\"yuzhong\",\"symptoms\":[" + string.Join(",", strings) + "]},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}");

        Assert.DoesNotContain(CasebookLimits.NodesCode, codes);
        Assert.DoesNotContain(ErrorCodes.Syntax, codes);
        Assert.NotEmpty(codes);
    }

    [Fact]
    public void ABatchOfManySeparators_WithinTheLimit_IsRead()
    {
        // A batch whose separators outnumber the limit's values while its values do not.
        var item = "{\"id\":\"" + new string(':', 9_000) + "\"," + Plain[1..];
        var body = Encoding.UTF8.GetBytes("{\"items\":[" + string.Join(",", Enumerable.Repeat(item, 30)) + "]}");

        var batch = CaseRequestReader.ReadBatch(body, Noon12th, new PolicyOptions(), CaseRequestReader.MaxBatchItems);

        Assert.True(batch.IsValid);
        Assert.Equal(30, batch.Items.Count);
        Assert.All(batch.Items, i => Assert.NotNull(i.Read.Case));
    }

    [Theory]
    [InlineData("{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\":{\"regi\\u006fn\":\"yuzhong\"},\"ask\":{\"travel\":{\"to\":\"jiangbei\",\"purpose\":\"essential\"}}}")]
    [InlineData("{\"at\":\"2022-11-12T10:00:00+08:00\",\"person\":{\"region\":\"yuzhong\"},\"ask\":{\"tr\\u0061vel\":{\"to\":\"jiangbei\",\"purpose\":\"essential\"}}}")]
    [InlineData("{\"\\u0061t\":\"2022-11-12T10:00:00+08:00\",\"person\":{\"region\":\"yuzhong\"},\"ask\":{\"travel\":{\"t\\u006f\":\"jiangbei\",\"purpose\":\"essential\"}}}")]
    public void KeysWrittenWithEscapes_ReadToTheSameCase(string escaped)
    {
        var plain = Read(Plain);
        var read = Read(escaped);

        Assert.Equal(plain.Person!.Region, read.Person!.Region);
        Assert.Equal(plain.At, read.At);
        Assert.Equal(plain.Ask, read.Ask);
        Assert.IsType<Travel>(read.Ask);
    }

    private static CaseDefinition Read(string text)
    {
        var request = CaseRequestReader.ReadDecision(Encoding.UTF8.GetBytes(text), Noon12th, new PolicyOptions());
        Assert.Empty(request.Read.AllErrors);
        return request.Read.Case!;
    }

    private static List<string> Codes(string text) =>
        [.. CaseRequestReader.ReadDecision(Encoding.UTF8.GetBytes(text), Noon12th, new PolicyOptions()).Read.AllErrors.Select(e => e.Code)];
}
