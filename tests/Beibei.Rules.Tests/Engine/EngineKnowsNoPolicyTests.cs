using System.Reflection;
using System.Text.RegularExpressions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Engine;

/// <summary>The engine names nothing of the Chongqing policy: its assembly is compiled without the policy, which is
/// compiled against the engine's public API alone, and no source file of it mentions a region, clause, layer or source
/// of the policy.</summary>
public class EngineKnowsNoPolicyTests
{
    private static readonly Assembly EngineAssembly = typeof(Evaluator).Assembly;
    private static readonly Assembly PolicyAssembly = typeof(Rules.Policies.Chongqing2022.TestProof).Assembly;

    [Fact]
    public void TheEngine_DoesNotReferenceThePolicyAssembly()
    {
        Assert.NotEqual(EngineAssembly, PolicyAssembly);
        Assert.Equal("Beibei.Rules.Engine", EngineAssembly.GetName().Name);
        Assert.DoesNotContain(EngineAssembly.GetReferencedAssemblies(), a => a.Name == PolicyAssembly.GetName().Name);
        Assert.Contains(PolicyAssembly.GetReferencedAssemblies(), a => a.Name == EngineAssembly.GetName().Name);
    }

    [Fact]
    public void TheEngine_LetsNoPolicyAssemblySeeItsInternals()
    {
        var friends = EngineAssembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        Assert.DoesNotContain(PolicyAssembly.GetName().Name, friends);
    }

    [Fact]
    public void NoSourceFileOfTheEngine_MentionsARegionClauseLayerOrSourceOfThePolicy()
    {
        var policy = Policy.Chongqing2022;
        string[] words =
        [
            // "outside" is the table's id for anywhere outside the municipality, and a plain English word too.
            .. policy.Regions.All.Where(r => r.Id != "outside").Select(r => r.Id),
            .. policy.Clauses.Select(c => c.Id),
            .. policy.NotEvaluable.Select(p => p.Id),
            .. policy.Layers.Select(l => l.Id),
            .. policy.Layers.SelectMany(l => l.Sources),
            "Chongqing",
            "Beibei(?!\\.Rules|Rules)",
        ];
        string[] names = [.. policy.Regions.All.SelectMany(r => r.ShortNames.Prepend(r.Name)), "重庆", "中心城区"];
        var mention = new Regex($"\\b({string.Join("|", words.Select(w => w.Contains('(') ? w : Regex.Escape(w)))})\\b", RegexOptions.CultureInvariant);
        var folder = Path.Combine(Samples.RepositoryRoot(), "src", "Beibei.Rules.Engine");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.True(files.Count > 50, $"only {files.Count} files under {folder}");
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(folder, f), Line: i + 1, Text: line)))
            .Where(l => mention.IsMatch(l.Text) || names.Any(n => l.Text.Contains(n, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(found);
    }
}
