using System.Diagnostics;
using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Tests.Reliability;

/// <summary>Bounded fuzzing with a fixed seed: mutated casebook files and JSON requests must give cases, decisions or
/// error codes, never another exception, never hang, never allocate without bound.</summary>
[Trait("Category", "Slow")]
public class FuzzTests
{
    private const int Seed = 20221110;
    private const int MutationsPerSeed = 60;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);
    private const long MaxAllocatedPerInput = 512L * 1024 * 1024;

    private static readonly HashSet<string> KnownCodes =
    [
        .. ErrorCodes.All,
        CasebookLimits.FileSizeCode, CasebookLimits.DepthCode, CasebookLimits.NodesCode, CasebookLimits.StringCode,
        CasebookLimits.CasesCode, CasebookLimits.TestsCode, CasebookLimits.UnreadableCode,
    ];

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        data.Add("../examples/request.json");
        data.Add("../examples/travel-to-fuling.yaml");
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedInput_GivesCasesOrErrorCodes_NeverAnException(string seedFile)
    {
        var original = File.ReadAllBytes(Path.Combine(Samples.CasesFolder(), seedFile));
        // A stable seed per file (string.GetHashCode changes from run to run).
        var random = new Random(Seed + seedFile.Sum(c => c));
        for (var i = 0; i < MutationsPerSeed; i++)
        {
            var (mutation, bytes) = Mutate(original, random, i);
            Survives($"{seedFile} #{i} ({mutation})", bytes);
        }
    }

    [Theory]
    [InlineData("deep nesting", "title: x\ncases: ")]
    [InlineData("deep mapping nesting", "title: x\nnotes: ")]
    public void DeepNesting_IsALimitNotACrash(string what, string prefix)
    {
        var bracket = what.Contains("mapping", StringComparison.Ordinal) ? "{a: " : "[";
        var text = prefix + string.Concat(Enumerable.Repeat(bracket, 200_000));

        var errors = Survives(what, Encoding.UTF8.GetBytes(text));

        Assert.Contains(CasebookLimits.DepthCode, errors);
    }

    [Fact]
    public void ExponentialAliases_AreCutShort()
    {
        var text = new StringBuilder("title: laughs\nlol0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (var level = 1; level < 10; level++)
        {
            text.Append(CultureInfo(level)).Append('\n');
        }

        // The file's own keys are checked first; put the bomb where the reader walks: a case's tests.
        var bomb = "title: laughs\ncases:\n  - name: bomb\n    at: 2022-11-12T10:00:00+08:00\n    person:\n      region: yuzhong\n      tests: &t0 [{sampled: 2022-11-12T08:00:00+08:00, result: pending}]\n";
        var cases = new StringBuilder(bomb);
        for (var n = 1; n < 12; n++)
        {
            cases.Append(CultureInfo2(n));
        }

        Survives("aliases in the file's keys", Encoding.UTF8.GetBytes(text.ToString()));
        Survives("aliases in the cases", Encoding.UTF8.GetBytes(cases.ToString()));

        static string CultureInfo(int level) =>
            $"lol{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]";

        static string CultureInfo2(int n) =>
            $"  - name: copy {n}\n    at: 2022-11-12T10:00:00+08:00\n    person: {{region: yuzhong, tests: *t0}}\n    ask: {{leave-home: {{purpose: essential}}}}\n    expect: {{verdict: allowed}}\n";
    }

    [Fact]
    public void ManyAliasUses_HitTheNodeLimit()
    {
        var text = new StringBuilder("title: wide\ncases:\n  - &c\n    name: c\n    at: 2022-11-12T10:00:00+08:00\n    person: {region: yuzhong, tests: [");
        text.Append(string.Join(", ", Enumerable.Repeat("{sampled: 2022-11-12T08:00:00+08:00, result: pending}", 900)));
        text.Append("]}\n    ask: {leave-home: {purpose: essential}}\n    expect: {verdict: allowed}\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append("  - *c\n");
        }

        var errors = Survives("wide aliases", Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Contains(CasebookLimits.NodesCode, errors);
    }

    [Theory]
    [InlineData("huge number", "person: {region: yuzhong, temperature: 1")]
    [InlineData("huge string", "person: {region: y")]
    public void HugeValues_AreLimitsOrValueErrors(string what, string start)
    {
        var filler = what == "huge number" ? '9' : 'u';
        var text = $"title: x\ncases:\n  - name: n\n    at: 2022-11-12T10:00:00+08:00\n    {start}{new string(filler, 20_000)}}}\n    ask: {{leave-home: {{purpose: essential}}}}\n    expect: {{verdict: allowed}}\n";

        var errors = Survives(what, Encoding.UTF8.GetBytes(text));

        Assert.Contains(CasebookLimits.StringCode, errors);
    }

    [Fact]
    public void OversizedInput_IsRejectedWhole()
    {
        var text = "title: x\nnotes: " + new string('n', CasebookLimits.MaxBytes) + "\ncases: []\n";

        Assert.Contains(CasebookLimits.FileSizeCode, Survives("oversized", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void TooManyTests_IsALimit()
    {
        var tests = string.Join(", ", Enumerable.Repeat("{sampled: 2022-11-12T08:00:00+08:00, result: pending}", CasebookLimits.MaxTests + 1));
        var text = $"title: x\ncases:\n  - name: n\n    at: 2022-11-12T10:00:00+08:00\n    person: {{region: yuzhong, tests: [{tests}]}}\n    ask: {{leave-home: {{purpose: essential}}}}\n    expect: {{error: limit.tests}}\n";

        var read = CasebookReader.Read(text, "many.yaml");

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Contains(read.File!.Cases[0].InputErrors, e => e.Code == CasebookLimits.TestsCode);
        Assert.True(CaseRunner.Run(read.File.Cases[0]).Passed);
    }

    /// <summary>Reads, decides and runs the input as a casebook file, as one request, and from disk; returns every
    /// error code seen. Fails on any exception, any code not in the catalogue or the limits, a hang, or a runaway
    /// allocation.</summary>
    private static HashSet<string> Survives(string what, byte[] bytes)
    {
        var codes = new HashSet<string>();
        long allocated = 0;
        var work = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var text = Encoding.UTF8.GetString(bytes);
            var file = CasebookReader.Read(text, "fuzz.yaml");
            codes.UnionWith(file.Errors.Select(e => e.Code));
            if (file.File is { } casebook)
            {
                foreach (var result in CaseRunner.Run(casebook))
                {
                    codes.UnionWith(result.Errors.Select(e => e.Code));
                    codes.UnionWith(result.Case.InputErrors.Select(e => e.Code));
                }
            }

            var request = CasebookReader.ReadCase(text, "fuzz.json");
            codes.UnionWith(request.AllErrors.Select(e => e.Code));
            if (request.Case is { InputErrors.Count: 0 } single)
            {
                codes.UnionWith(CaseRunner.Decide(single).Errors.Select(e => e.Code));
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });

        var watch = Stopwatch.StartNew();
        Assert.True(work.Wait(PerInput), $"{what}: still running after {PerInput.TotalSeconds} s");
        Assert.True(allocated < MaxAllocatedPerInput, $"{what}: allocated {allocated} bytes");
        Assert.All(codes, code => Assert.True(KnownCodes.Contains(code), $"{what}: unknown error code '{code}'"));

        var path = Path.Combine(Path.GetTempPath(), $"beibei-fuzz-{Environment.CurrentManagedThreadId}.yaml");
        File.WriteAllBytes(path, bytes);
        try
        {
            var fromDisk = CasebookReader.ReadFile(path);
            Assert.All(fromDisk.Errors, e => Assert.True(KnownCodes.Contains(e.Code), $"{what}: unknown error code '{e.Code}' from disk"));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.True(watch.Elapsed < PerInput * 2, $"{what}: reading from disk took {watch.Elapsed}");
        return codes;
    }

    internal static (string Mutation, byte[] Bytes) Mutate(byte[] original, Random random, int round)
    {
        var bytes = (byte[])original.Clone();
        switch (round % 8)
        {
            case 0:
            case 1:
                // Flip a few bytes, invalid UTF-8 included.
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return ("byte flips", bytes);
            case 2:
                return ("truncation", bytes[..random.Next(bytes.Length)]);
            case 3:
                {
                    // Swap two keys.
                    var text = Encoding.UTF8.GetString(bytes);
                    var keys = System.Text.RegularExpressions.Regex.Matches(text, @"[a-z][a-z-]+(?=:)").Select(m => m.Value).Distinct().ToArray();
                    if (keys.Length < 2)
                    {
                        return ("key swap (none)", bytes);
                    }

                    var (a, b) = (keys[random.Next(keys.Length)], keys[random.Next(keys.Length)]);
                    return ("key swap", Encoding.UTF8.GetBytes(text.Replace(a + ":", "\u0001", StringComparison.Ordinal).Replace(b + ":", a + ":", StringComparison.Ordinal).Replace("\u0001", b + ":", StringComparison.Ordinal)));
                }

            case 4:
                {
                    // Replace a number with a huge one.
                    var text = Encoding.UTF8.GetString(bytes);
                    var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"\d+");
                    if (numbers.Count == 0)
                    {
                        return ("huge number (none)", bytes);
                    }

                    var m = numbers[random.Next(numbers.Count)];
                    return ("huge number", Encoding.UTF8.GetBytes(text[..m.Index] + new string('9', random.Next(20, 400)) + text[(m.Index + m.Length)..]));
                }

            case 5:
                {
                    // Duplicate a random line somewhere else (duplicate keys, stray items).
                    var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                    lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]);
                    return ("duplicated line", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                }

            case 6:
                {
                    // Insert YAML-special characters.
                    var specials = new[] { "&a ", "*a", "!!binary ", "? ", "- ", "{", "]", "%YAML 1.1\n", "--- ", "...", "\t", "\"", "'", "|", ">", "#", "@", "`" };
                    var text = Encoding.UTF8.GetString(bytes);
                    var at = random.Next(text.Length);
                    return ("special characters", Encoding.UTF8.GetBytes(text[..at] + specials[random.Next(specials.Length)] + text[at..]));
                }

            default:
                {
                    // Indentation shifts.
                    var lines = Encoding.UTF8.GetString(bytes).Split('\n');
                    var line = random.Next(lines.Length);
                    lines[line] = random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                    return ("indentation", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                }
        }
    }
}
