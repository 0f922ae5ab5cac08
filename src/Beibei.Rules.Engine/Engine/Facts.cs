using System.Runtime.CompilerServices;
using Beibei.Rules.Model;
using Beibei.Rules.Validation;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>A person's facts as known at one instant, with every region resolved and tests in sampling order.</summary>
/// <remarks>
/// <para><see cref="Load"/> applies the as-of rule of the catalogue, here and nowhere else, so every clause sees the same
/// world: a test sampled after the instant does not exist, a result that came later is still pending, and an arrival,
/// its report, a report, an isolation or a control area dated later is ignored.</para>
/// <para>An instance is reused from decision to decision by one thread (see <see cref="Workspace"/>): loading fills its
/// buffers without allocating once they are large enough.</para>
/// </remarks>
public sealed class Facts
{
    private KnownTest[] tests = new KnownTest[8];
    private KnownReport[] reports = new KnownReport[4];
    private int testCount;
    private int reportCount;

    // The arrival and whether one is known: most people have none, and forgetting it is then a flag, not a 56-byte store.
    private KnownArrival arrival;
    private bool hasArrival;

    /// <summary>The person's facts as given (every record, including those not known yet: read them through this
    /// view's members, which apply the as-of rule).</summary>
    public PersonFacts Person { get; private set; } = null!;

    /// <summary>The person's region, resolved in the region table.</summary>
    public Region Region { get; private set; } = null!;

    /// <summary>The instant the facts are known at.</summary>
    public Instant KnownAt { get; private set; }

    /// <summary>The tests known, in order of sampling.</summary>
    public ReadOnlySpan<KnownTest> Tests => tests.AsSpan(0, testCount);

    /// <summary>The test as the person's facts give it, for a fact to show: <paramref name="source"/> is a
    /// <see cref="KnownTest.Source"/>.</summary>
    /// <param name="source">The index in <see cref="PersonFacts.Tests"/>.</param>
    /// <returns>The test.</returns>
    public TestRecord GivenTest(int source) => Person.TestArray![source];

    /// <summary>The report as the person's facts give it: <paramref name="source"/> is a <see cref="KnownReport.Source"/>.</summary>
    /// <param name="source">The index in <see cref="PersonFacts.Reports"/>.</param>
    /// <returns>The report.</returns>
    public Report GivenReport(int source) => Person.ReportArray![source];

    /// <summary>The arrival, if it was known at the instant.</summary>
    public KnownArrival? Arrival => hasArrival ? arrival : null;

    /// <summary>The advance reports made at or before the instant, in the order given.</summary>
    public ReadOnlySpan<KnownReport> Reports => reports.AsSpan(0, reportCount);

    /// <summary>The health code's colour, if given.</summary>
    public HealthCode? HealthCode => Person.HealthCode;

    /// <summary>When an abnormal code was reported, if that was known (at or before the instant).</summary>
    public Instant? HealthCodeReported => Person.HealthCodeReported <= KnownAt ? Person.HealthCodeReported : null;

    /// <summary>The exposure, if it was noticed at or before the instant; its report only if that was known too.</summary>
    public Exposure? Exposure { get; private set; }

    /// <summary>The temperature read, in °C, if given.</summary>
    public decimal? Temperature => Person.Temperature;

    /// <summary>True when any symptom is given.</summary>
    public bool HasSymptoms => Person.SymptomArray is { Length: > 0 };

    /// <summary>The policy's regions, which the facts' region names were found in.</summary>
    public RegionTable Regions { get; private set; } = null!;

    /// <summary>The home isolation, if it had started at or before the instant.</summary>
    public Isolation? Isolation { get; private set; }

    /// <summary>True when a positive result is known.</summary>
    public bool AnyPositive { get; private set; }

    /// <summary>The control area, if it had started at or before the instant.</summary>
    public ControlArea? ControlArea { get; private set; }

    /// <summary>Loads what was known of <paramref name="person"/> at <paramref name="knownAt"/>.</summary>
    /// <returns>False when the facts are not valid (an unknown region, a test without its result time, ...): nothing
    /// may be evaluated from them, and the validators say why. The checks mirror <see cref="Validation.PersonFactsValidator"/>.</returns>
    internal bool Load(PersonFacts person, Instant knownAt, RegionTable regions)
    {
        if (!ReferenceEquals(Regions, regions))
        {
            // Usually the same policy as the last decision on this thread: no store, no write barrier.
            Regions = regions;
        }

        Person = person;
        KnownAt = knownAt;
        testCount = 0;
        reportCount = 0;
        hasArrival = false;
        AnyPositive = false;
        if (!regions.TryFind(person.Region, out var region))
        {
            return false;
        }

        if (!ReferenceEquals(Region, region))
        {
            Region = region;
        }

        return LoadTests(person.TestArray, knownAt)
            && LoadReports(person.ReportArray, knownAt)
            && (person.Arrival is null || LoadArrival(person.Arrival, region, knownAt))
            && LoadOthers(person, knownAt);
    }

    /// <summary>Drops the references to the caller's data, so a lent-out workspace keeps nothing alive.</summary>
    internal void Release()
    {
        Person = null!;
        Exposure = null;
        Isolation = null;
        ControlArea = null;
    }

    /// <summary>Every instant at which a fact of <paramref name="person"/> becomes known (for timelines).</summary>
    internal static IEnumerable<Instant> RevealInstants(PersonFacts person)
    {
        foreach (var test in person.Tests)
        {
            yield return test.Sampled;
            if (test.Resulted is { } resulted)
            {
                yield return resulted;
            }
        }

        if (person.Arrival is { } arrival)
        {
            yield return arrival.At;
            if (arrival.Reported is { } reported)
            {
                yield return reported;
            }
        }

        foreach (var report in person.Reports)
        {
            yield return report.At;
        }

        if (person.HealthCodeReported is { } codeReported)
        {
            yield return codeReported;
        }

        if (person.Exposure is { } exposure)
        {
            yield return exposure.Noticed;
            if (exposure.Reported is { } exposureReported)
            {
                yield return exposureReported;
            }
        }

        if (person.Isolation is { } isolation)
        {
            yield return isolation.From;
        }

        if (person.ControlArea is { } controlArea)
        {
            yield return controlArea.From;
        }
    }

    private bool LoadTests(TestRecord[]? source, Instant knownAt)
    {
        if (source is null)
        {
            return false;
        }

        if (tests.Length < source.Length)
        {
            tests = new KnownTest[Math.Max(source.Length, tests.Length * 2)];
        }

        // Locals, not fields, inside the loop: each test is read once and written once.
        var known = tests;
        var count = 0;
        var anyPositive = false;
        for (var i = 0; i < source.Length; i++)
        {
            var test = source[i];
            if (test is null)
            {
                return false;
            }

            var result = test.Result;
            var sampled = test.Sampled;
            var resulted = test.Resulted;
            if (!Defined.Is(result) || !InputRules.HasResultTime(result, resulted) || !InputRules.ResultedNotBeforeSampled(sampled, resulted))
            {
                return false;
            }

            if (sampled > knownAt)
            {
                continue;
            }

            var entry = resulted is { } at && at <= knownAt && result != TestResult.Pending
                ? new KnownTest(sampled, at, result, i)
                : new KnownTest(sampled, default, TestResult.Pending, i);
            anyPositive |= entry.Result == TestResult.Positive;
            KnownTest.Insert(known, count++, entry);
        }

        testCount = count;
        AnyPositive = anyPositive;
        return true;
    }

    private bool LoadReports(Report[]? source, Instant knownAt)
    {
        if (source is null)
        {
            return false;
        }

        if (reports.Length < source.Length)
        {
            reports = new KnownReport[Math.Max(source.Length, reports.Length * 2)];
        }

        var known = reports;
        var count = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var report = source[i];
            if (report is null || !Regions.TryFind(report.To, out var to))
            {
                return false;
            }

            var at = report.At;
            if (at <= knownAt)
            {
                known[count++] = new KnownReport(at, to.Index, i);
            }
        }

        reportCount = count;
        return true;
    }

    // Out of line: its temporaries would otherwise widen the frame of every load, with or without an arrival.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LoadArrival(Arrival given, Region region, Instant knownAt)
    {
        if (!Regions.TryFind(given.From, out var from) || !InputRules.ArrivalFromElsewhere(region, from) || !InputRules.EnteredNotAfterArrival(given.At, given.Entered))
        {
            return false;
        }

        if (given.At <= knownAt)
        {
            arrival = new KnownArrival(from, given.At, given.Reported <= knownAt ? given.Reported : null, given.Entered);
            hasArrival = true;
        }

        return true;
    }

    private bool LoadOthers(PersonFacts person, Instant knownAt)
    {
        if (person.HealthCode is { } code && !Defined.Is(code))
        {
            return false;
        }

        if (!InputRules.TemperatureInRange(person.Temperature))
        {
            return false;
        }

        if (person.SymptomArray is not { } symptoms)
        {
            return false;
        }

        for (var i = 0; i < symptoms.Length; i++)
        {
            if (!Defined.Is(symptoms[i]))
            {
                return false;
            }
        }

        if (person.Isolation is { } isolation && !InputRules.EndsAfterStart(isolation.From, isolation.Until))
        {
            return false;
        }

        if (person.ControlArea is { } area && (!Defined.Is(area.Level) || !InputRules.EndsAfterStart(area.From, area.Until)))
        {
            return false;
        }

        // Stored only when known (most people have neither): storing null needs no write barrier.
        Isolation = null;
        ControlArea = null;
        Exposure = null;
        if (person.Exposure is { } exposure && exposure.Noticed <= knownAt)
        {
            Exposure = exposure.Reported > knownAt ? exposure with { Reported = null } : exposure;
        }

        if (person.Isolation is { } known && known.From <= knownAt)
        {
            Isolation = known;
        }

        if (person.ControlArea is { } knownArea && knownArea.From <= knownAt)
        {
            ControlArea = knownArea;
        }

        return true;
    }
}
