using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Tests.Model;

public class PolicyTermsTests
{
    [Fact]
    public void Of_WritesTheCatalogueWords()
    {
        Assert.Equal("non-essential", PolicyTerms.Of(Purpose.NonEssential));
        Assert.Equal("smell-taste-loss", PolicyTerms.Of(Symptom.SmellTasteLoss));
        Assert.Equal("remedy.essential-purpose", PolicyTerms.Of(RemedyKind.EssentialPurpose));
        Assert.Equal("remedy.wait", PolicyTerms.Of(RemedyKind.Wait));
        Assert.Equal("overdue", PolicyTerms.Of(ObligationStatus.Overdue));
        Assert.Equal("temporary", PolicyTerms.Of(ControlLevel.Temporary));
    }

    [Fact]
    public void TryParse_ReadsEveryWordBack()
    {
        foreach (var purpose in Enum.GetValues<Purpose>())
        {
            Assert.True(PolicyTerms.TryParse<Purpose>(PolicyTerms.Of(purpose), out var read));
            Assert.Equal(purpose, read);
        }

        Assert.Equal(
            ["remedy.test", "remedy.report", "remedy.essential-purpose", "remedy.wait", "remedy.await-result", "remedy.postpone"],
            PolicyTerms.All<RemedyKind>());
    }

    [Theory]
    [InlineData("NonEssential")]
    [InlineData("Non-Essential")]
    [InlineData("shopping")]
    [InlineData(null)]
    public void TryParse_WordNotInTheCatalogue_ReturnsFalse(string? word) =>
        Assert.False(PolicyTerms.TryParse<Purpose>(word, out _));
}
