using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Tests.Model;

/// <summary>The region table's fast index by itself: the ids it indexes are found by it, not only by the dictionary the
/// table falls back to (a broken index would otherwise go unseen, every lookup still answered, only slower).</summary>
public class IdIndexTests
{
    private static readonly string[] ChongqingIds = [.. Policy.Chongqing2022.Regions.All.Select(r => r.Id)];

    [Fact]
    public void EveryIdOfChongqing_IsFoundByTheIndexItself_WithItsOwnValue()
    {
        var index = IndexOf(ChongqingIds);

        for (var row = 0; row < ChongqingIds.Length; row++)
        {
            Assert.Equal(row, index.Find(ChongqingIds[row])?.Row);

            // Compared by value: a copy of the id is the id.
            Assert.Equal(row, index.Find(new string(ChongqingIds[row].AsSpan()))?.Row);
        }
    }

    [Theory]
    [InlineData("yubex")]
    [InlineData("Yubei")]
    [InlineData("yubei ")]
    [InlineData("jiangbeI")]
    [InlineData("jiangbe")]
    [InlineData("jiangbeii")]
    [InlineData("jiang-bei")]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a-region-id-longer-than-any")]
    public void AStringThatIsNoId_IsNotFound(string text) => Assert.Null(IndexOf(ChongqingIds).Find(text));

    [Fact]
    public void IdsSharingTheirFirstAndLastFourCharactersAndLength_AreToldApartByTheWholeComparison()
    {
        // The same key: the index cannot place both, and leaves both to the dictionary rather than give either for the other.
        var index = IndexOf(["abcdXefgh", "abcdYefgh", "beibei"]);

        Assert.Null(index.Find("abcdXefgh"));
        Assert.Null(index.Find("abcdYefgh"));
        Assert.Equal(2, index.Find("beibei")?.Row);
    }

    [Fact]
    public void AnIdGivenTwice_IsLeftToTheDictionary()
    {
        var index = IndexOf(["beibei", "yubei", "beibei"]);

        Assert.Null(index.Find("beibei"));
        Assert.Equal(1, index.Find("yubei")?.Row);
    }

    [Fact]
    public void SixHundredIdsOfOneLength_AreEachFound()
    {
        var ids = (from first in Enumerable.Range('a', 24) from second in Enumerable.Range('a', 25) select $"{(char)first}{(char)second}xxxyy").ToArray();
        var index = IndexOf(ids);

        Assert.All(Enumerable.Range(0, ids.Length), row => Assert.Equal(row, index.Find(ids[row])?.Row));
        Assert.Null(index.Find("zzxxxyy"));
    }

    [Fact]
    public void MoreIdsThanTheLargestTableHoldsApart_AreManyOfThemFound_AndTheRestLeftToTheDictionary()
    {
        var many = (from first in Enumerable.Range('a', 26) from second in Enumerable.Range('a', 26) from third in Enumerable.Range('a', 4) select $"{(char)first}{(char)second}{(char)third}-region").ToArray();
        var index = IndexOf(many);

        var found = Enumerable.Range(0, many.Length).Count(row => index.Find(many[row]) is { } value && value.Row == row);
        Assert.All(many, id => Assert.True(index.Find(id) is null || index.Find(id)!.Id == id));
        Assert.InRange(found, many.Length / 3, many.Length - 1);
    }

    [Fact]
    public void IdsOfOneToFourCharacters_AreEachFound_AndTheEmptyIdNever()
    {
        // Ids that differ in their second or third character only, each its own key.
        string[] ids = ["a", "b", "ab", "ba", "abc", "abcd", "dcba", "ac", "abd", "aec"];
        var index = IndexOf(ids);

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], ids.Select(id => index.Find(id)?.Row));
        Assert.Null(index.Find("c"));
        Assert.Null(index.Find("aa"));
        Assert.Null(index.Find("abe"));
        Assert.Null(index.Find("abce"));
        Assert.Null(index.Find(string.Empty));
    }

    [Fact]
    public void AnIndexOfNoIds_FindsNothing() => Assert.Null(IndexOf([]).Find("beibei"));

    private static IdIndex<Entry> IndexOf(string[] ids) => new([.. ids.Select((id, row) => new Entry(id, row))], e => e.Id);

    private sealed record Entry(string Id, int Row);
}
