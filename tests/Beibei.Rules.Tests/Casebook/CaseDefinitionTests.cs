using Beibei.Rules.Casebook;
using NodaTime;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>A case made by hand: its defaults, and every problem of a case read.</summary>
public sealed class CaseDefinitionTests
{
    [Fact]
    public void ACaseGivenNoOptions_HasTheCataloguesDefaults_OneInstanceThatKeepsItsChanges()
    {
        var definition = new CaseDefinition { Name = "by hand", File = "f" };

        Assert.Equal(new PolicyOptions(), definition.Options);
        definition.Options.ProofWindow = Duration.FromHours(24);
        Assert.Equal(Duration.FromHours(24), definition.Options.ProofWindow);
        Assert.Same(definition.Options, definition.Options);
        Assert.Empty(definition.FieldLines);
    }

    [Fact]
    public void AllErrors_AreTheStructuralOnesThenTheCasesOwn()
    {
        var structural = new CasebookError("f", 1, "x", "syntax", "structural");
        var own = new CasebookError("f", 2, "person.region", "value.unknown", "own");
        var clean = new CaseDefinition { Name = "clean", File = "f" };
        var bad = new CaseDefinition { Name = "bad", File = "f", InputErrors = [own] };

        Assert.Empty(new CaseReadResult(clean, []).AllErrors);
        Assert.Equal([structural], new CaseReadResult(null, [structural]).AllErrors);
        Assert.Equal([structural], new CaseReadResult(clean, [structural]).AllErrors);
        Assert.Equal([own], new CaseReadResult(bad, []).AllErrors);
        Assert.Equal([structural, own], new CaseReadResult(bad, [structural]).AllErrors);
    }
}
