using Beibei.Rules.Casebook;
using BenchmarkDotNet.Attributes;

namespace Beibei.Rules.Benchmarks;

/// <summary>Reading and running the project's whole casebook (<c>tests/cases</c>).</summary>
[MemoryDiagnoser]
public class CasebookBenchmarks
{
    private string[] paths = [];
    private CasebookFile[] files = [];

    [GlobalSetup]
    public void Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "cases")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("tests/cases not found"), "tests", "cases");
        paths = [.. Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)];
        files = [.. paths.Select(p => CasebookReader.ReadFile(p).File!)];
    }

    [Benchmark]
    public int Read() => paths.Sum(p => CasebookReader.ReadFile(p).File!.Cases.Count);

    [Benchmark]
    public int Run() => files.Sum(f => CaseRunner.Run(f).Count(r => r.Passed));

    [Benchmark]
    public int ReadAndRun() => paths.Sum(p => CaseRunner.Run(CasebookReader.ReadFile(p).File!).Count(r => r.Passed));
}
