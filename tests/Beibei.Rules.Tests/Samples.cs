using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Tests;

/// <summary>Named sample values shared by the tests.</summary>
internal static class Samples
{
    public static readonly Instant PolicyStart = T("2022-11-10T00:00:00+08:00");
    public static readonly Instant PolicyEnd = T("2022-12-07T00:00:00+08:00");
    public static readonly Instant Noon12th = T("2022-11-12T12:00:00+08:00");

    /// <summary>An evaluator of Chongqing 2022 with the catalogue's default options (safe to share: evaluators are).</summary>
    public static readonly Evaluator Default = new(Policy.Chongqing2022, new PolicyOptions());

    /// <summary>An instant written as ISO 8601 with an offset.</summary>
    public static Instant T(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    public static TestRecord Negative(string sampled, string resulted) => TestRecord.Negative(T(sampled), T(resulted));

    public static PersonFacts Person(string region, params TestRecord[] tests) => new() { Region = region, Tests = tests };

    /// <summary>Asserts that building something (a policy, a region table) is refused with an
    /// <see cref="ArgumentException"/> whose message says <paramref name="message"/>.</summary>
    public static void AssertRefusedWhenBuilt<T>(string message, Func<T> build)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => build());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The folder that holds Beibei.Rules.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Beibei.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Beibei.Rules.sln not found above the test binaries.");
    }

    public static string CasesFolder() => Path.Combine(RepositoryRoot(), "tests", "cases");
}
