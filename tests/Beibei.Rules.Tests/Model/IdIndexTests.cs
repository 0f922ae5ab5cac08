using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Tests.Model;

/// <summary>The region table's fast index by itself: the ids it indexes are found by it, not only by the dictionary the
/// table falls back to (a broken index would otherwise go unseen, every lookup still answered, only slower).</summary>
public class IdIndexTests
{
    [Fact]
    public void EveryIdOfChongqing_IsFoundByTheIndexItself()
    {
        var ids = Policy.Chongqing2022.Regions.All.Select(r => r.Id).ToArray();
        var index = new IdIndex(ids);

        for (var row = 0; row < ids.Length; row++)
        {
            Assert.Equal(row, index.RowOf(ids[row]));

            // Compared by value: a copy of the id is the id.
            Assert.Equal(row, index.RowOf(new string(ids[row].AsSpan())));
        }
    }

    [Theory]
    [InlineData("yubex")]
    [InlineData("Yubei")]
    [InlineData("")]
    [InlineData("a-region-id-longer-than-any")]
    public void AStringThatIsNoId_IsNotFound(string text) =>
        Assert.Equal(-1, new IdIndex(Policy.Chongqing2022.Regions.All.Select(r => r.Id).ToArray()).RowOf(text));

    [Fact]
    public void SixHundredIdsOfOneLength_FillTheLargestTable_AndAreEachFound()
    {
        // 600 ids need 2^10 slots: the largest table the index tries.
        var ids = (from first in Enumerable.Range('a', 24) from second in Enumerable.Range('a', 25) select $"{(char)first}{(char)second}x").ToArray();
        var index = new IdIndex(ids);

        Assert.All(Enumerable.Range(0, ids.Length), row => Assert.Equal(row, index.RowOf(ids[row])));
        Assert.Equal(-1, index.RowOf("zzx"));
    }

    [Fact]
    public void MoreIdsOfOneLengthThanTheLargestTableHolds_AreLeftToTheDictionary()
    {
        var many = (from first in Enumerable.Range('a', 26) from second in Enumerable.Range('a', 26) from third in Enumerable.Range('a', 2) select $"{(char)first}{(char)second}{(char)third}").ToArray();
        var index = new IdIndex([.. many, "short"]);

        Assert.True(many.Length > 1024);
        Assert.All(many, id => Assert.Equal(-1, index.RowOf(id)));
        Assert.Equal(many.Length, index.RowOf("short"));
    }

    [Fact]
    public void IdsOfOneAndTwoCharacters_EachFoundInItsOwnLengthsSlots_AndTheEmptyIdNever()
    {
        var index = new IdIndex(["a", "b", "ab", "ba"]);

        Assert.Equal([0, 1, 2, 3], new[] { "a", "b", "ab", "ba" }.Select(index.RowOf));
        Assert.Equal(-1, index.RowOf("c"));
        Assert.Equal(-1, index.RowOf("aa"));
        Assert.Equal(-1, index.RowOf(string.Empty));
        Assert.Equal(-1, index.RowOf("abc"));
    }

    [Fact]
    public void AnIndexOfNoIds_FindsNothing() => Assert.Equal(-1, new IdIndex([]).RowOf("beibei"));
}
