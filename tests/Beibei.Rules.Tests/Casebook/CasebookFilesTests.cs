using Beibei.Rules.Casebook;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>Runs every case of the project's casebook (<c>tests/cases</c>): a failing case fails the build with its name.</summary>
public class CasebookFilesTests
{
    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var path in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Order(StringComparer.Ordinal))
        {
            var read = CasebookReader.ReadFile(path);
            if (!read.IsValid)
            {
                data.Add(Path.GetFileName(path), -1, string.Join("; ", read.Errors));
                continue;
            }

            for (var i = 0; i < read.File!.Cases.Count; i++)
            {
                data.Add(Path.GetFileName(path), i, read.File.Cases[i].Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_MeetsItsExpectation(string file, int index, string name)
    {
        var read = CasebookReader.ReadFile(Path.Combine(Samples.CasesFolder(), file));
        Assert.True(read.IsValid, $"{file} cannot be read: {name}");

        var result = CaseRunner.Run(read.File!.Cases[index]);

        Assert.True(result.Passed, $"{file}:{result.Case.Line} {name}\n  " + string.Join("\n  ", result.Failures));
    }

    [Fact]
    public void Casebook_CoversEveryClauseAndEveryErrorCode()
    {
        var files = Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Select(p => CasebookReader.ReadFile(p).File!).ToArray();
        var cases = files.SelectMany(f => f.Cases).ToArray();
        var expectations = cases.Select(c => c.Expect!).ToArray();
        var mentioned = expectations.SelectMany(e => e.Reasons.Concat(e.NotReasons)).Concat(files.Select(f => f.Clause ?? string.Empty)).ToHashSet();
        var errors = expectations.Select(e => e.Error).OfType<string>().ToHashSet();
        var options = cases.Where(c => c.FieldLines.Keys.Any(k => k.StartsWith("options.", StringComparison.Ordinal)))
            .SelectMany(c => c.FieldLines.Keys.Where(k => k.StartsWith("options.", StringComparison.Ordinal)).Select(k => k["options.".Length..]))
            .ToHashSet();

        Assert.True(cases.Length >= 150, $"only {cases.Length} cases");
        Assert.All(Policy.Chongqing2022.Clauses, c => Assert.Contains(c.Id, mentioned));
        Assert.All(PolicyOptions.Names, name => Assert.Contains(name, options));
        Assert.All(
            Rules.Decisions.ErrorCodes.All.Except(["syntax"]),
            code => Assert.Contains(code, errors));
    }
}
