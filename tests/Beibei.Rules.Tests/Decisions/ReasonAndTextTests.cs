using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Decisions;

/// <summary>A reason's value equality, member by member, and the two languages of texts and error messages.</summary>
public class ReasonAndTextTests
{
    private static readonly Citation Cited = new(["EX"], "EX 1", "（示例）", new LocalizedText("An example.", "示例。"));

    private static readonly TestRecord Test = TestRecord.Negative(Noon12th - Duration.FromHours(3), Noon12th - Duration.FromHours(1));

    private static readonly ValueFact Read = new("temperature", "36.5");

    private static readonly Reason Full = new Reason("example.clause", Cited, new Proof(Test, Test.Sampled, Test.Sampled + Duration.FromHours(48)))
    {
        Force = Force.Required,
        Conditions = [new Condition("negative-proof", true, Read)],
    };

    [Fact]
    public void AReason_EqualsACopy_AndNoReasonThatDiffersInOneMember()
    {
        Reason[] others =
        [
            Full with { ClauseId = "example.other" },
            Full with { Citation = Cited with { Paragraph = "EX 2" } },
            Full with { Proof = null },
            Full with { Force = Force.Advised },
            Full with { Conditions = [new Condition("negative-proof", false, Read)] },
            Full with { Conditions = [] },
        ];

        Assert.Equal(Full, Full with { Conditions = [new Condition("negative-proof", true, Read)] });
        Assert.Equal(Full.GetHashCode(), (Full with { }).GetHashCode());
        Assert.False(Full.Equals(null));
        Assert.All(others, other => Assert.False(Full.Equals(other), $"{other} equals {Full}"));
        Assert.All(others, other => Assert.False(other.Equals(Full), $"{Full} equals {other}"));
    }

    [Theory]
    [InlineData("zh", "示例。")]
    [InlineData("zh-CN", "示例。")]
    [InlineData("ZH-Hans", "示例。")]
    [InlineData("en", "An example.")]
    [InlineData("", "An example.")]
    [InlineData("fr", "An example.")]
    public void AText_InALanguage_IsChineseForZhAndEnglishOtherwise(string language, string expected) =>
        Assert.Equal(expected, Cited.Summary.In(language));

    [Fact]
    public void ErrorMessages_AreChineseForZh_EnglishOtherwise_AndNeedEveryArgument()
    {
        var english = "'atlantis' is not a region of the table.";

        Assert.Equal(english, ErrorMessages.In("en", ErrorCodes.RegionUnknown, "person.region", english));
        Assert.Equal("「atlantis」不是区县表中的地区。", ErrorMessages.In("zh-CN", ErrorCodes.RegionUnknown, "person.region", english));
        Assert.Equal("language", Assert.Throws<ArgumentNullException>(() => ErrorMessages.In(null!, "c", "f", "m")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => ErrorMessages.In("en", null!, "f", "m")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => ErrorMessages.In("en", "c", null!, "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => ErrorMessages.In("en", "c", "f", null!)).ParamName);
    }
}
