using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Benchmarks.Peers;

/// <summary>One travel question in both shapes: the library's facts and the peers' plain request, built from the same values.</summary>
public sealed record PeerScenario(string Name, PersonFacts Person, Travel Question, Instant At, TravelRequest Request)
{
    // Declared first: the static scenarios below are built from these.
    private static readonly (string Sampled, string Resulted, bool Negative)[] DefaultTests =
    [
        ("2022-11-09T08:00:00+08:00", "2022-11-09T16:00:00+08:00", true),
        ("2022-11-10T21:00:00+08:00", "2022-11-11T06:00:00+08:00", true),
        ("2022-11-12T07:00:00+08:00", "2022-11-12T15:00:00+08:00", true),
    ];

    private static readonly (string To, string At)[] DefaultReports =
    [
        ("yubei", "2022-11-10T10:00:00+08:00"),
        ("fuling", "2022-11-11T20:00:00+08:00"),
    ];

    /// <summary>The benchmark's question: a Jiangbei resident asks at 2022-11-12T09:00+08:00 for an essential trip to
    /// Fuling, with three negative tests of different ages (one within 48 h) and two reports (one to Fuling).</summary>
    public static PeerScenario Benchmark { get; } = Build("allowed: essential trip with report and 48-hour proof");

    /// <summary>The benchmark's question and variations that deny it for each condition, or allow it for another reason.</summary>
    public static IReadOnlyList<PeerScenario> AgreementSet { get; } =
    [
        Benchmark,
        Build("denied: non-essential", purpose: Purpose.NonEssential),
        Build("denied: no report to the destination", reports: [("yubei", "2022-11-10T10:00:00+08:00")]),
        Build("denied: report made after the trip", reports: [("fuling", "2022-11-12T09:00:01+08:00")]),
        Build("allowed: report made exactly at the trip", reports: [("fuling", "2022-11-12T09:00:00+08:00")]),
        Build("denied: every test too old", tests: [("2022-11-09T08:00:00+08:00", "2022-11-09T16:00:00+08:00", true), ("2022-11-10T08:59:59+08:00", "2022-11-10T12:00:00+08:00", true)]),
        Build("allowed: test exactly 48 hours old", tests: [("2022-11-10T09:00:00+08:00", "2022-11-10T12:00:00+08:00", true)]),
        Build("denied: fresh result not out yet", tests: [("2022-11-12T07:00:00+08:00", "2022-11-12T09:30:00+08:00", true)]),
        Build("denied: no test at all", tests: []),
        Build("allowed: trip inside the central city", to: "yuzhong", purpose: Purpose.NonEssential),
        Build("allowed: trip between outer districts", region: "hechuan", purpose: Purpose.NonEssential),
        Build("allowed: medical trip with report and proof", purpose: Purpose.Medical),
    ];

    private static PeerScenario Build(
        string name,
        string region = "jiangbei",
        string to = "fuling",
        Purpose purpose = Purpose.Essential,
        (string Sampled, string Resulted, bool Negative)[]? tests = null,
        (string To, string At)[]? reports = null)
    {
        tests ??= DefaultTests;
        reports ??= DefaultReports;
        var at = Parse("2022-11-12T09:00:00+08:00");
        var person = new PersonFacts
        {
            Region = region,
            Tests = [.. tests.Select(t => new TestRecord(Parse(t.Sampled), t.Negative ? TestResult.Negative : TestResult.Positive, Parse(t.Resulted)))],
            Reports = [.. reports.Select(r => new Report(r.To, Parse(r.At)))],
        };
        var request = new TravelRequest
        {
            Region = region,
            To = to,
            Purpose = PolicyTerms.Of(purpose),
            At = at.ToUnixTimeSeconds(),
            Tests = [.. tests.Select(t => new PeerTest(Parse(t.Sampled).ToUnixTimeSeconds(), Parse(t.Resulted).ToUnixTimeSeconds(), t.Negative))],
            Reports = [.. reports.Select(r => new PeerReport(r.To, Parse(r.At).ToUnixTimeSeconds()))],
        };
        return new PeerScenario(name, person, new Travel(to, purpose), at, request);
    }

    private static Instant Parse(string text) => NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    /// <summary>The scenario's name.</summary>
    public override string ToString() => Name;
}
