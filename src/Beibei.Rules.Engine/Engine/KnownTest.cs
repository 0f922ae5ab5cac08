using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>A test as known at some instant: its result is <see cref="TestResult.Pending"/> when the result came out
/// later.</summary>
/// <remarks>The two instants come first, so the struct packs into 40 bytes (it is copied while loading every test).</remarks>
/// <param name="Sampled">When it was sampled.</param>
/// <param name="Resulted">When the known result came out; meaningless while <see cref="Result"/> is pending.</param>
/// <param name="Result">The result as known.</param>
/// <param name="Source">The index of the test in <see cref="PersonFacts.Tests"/>.</param>
public readonly record struct KnownTest(Instant Sampled, Instant Resulted, TestResult Result, int Source)
{
    /// <summary>The tests of <paramref name="tests"/> as known at <paramref name="at"/>, in sampling order (ties in the
    /// order listed), by the engine's as-of rule: a test sampled later is not known, a result that came out later (or a
    /// result without its time) is still pending, and a null entry is skipped. For a policy's helpers that look at other
    /// tests than the facts loaded (<see cref="Facts.Tests"/> are these, for the person's own).</summary>
    /// <param name="tests">The tests.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The tests known, each with <see cref="Source"/> its index in <paramref name="tests"/>.</returns>
    public static KnownTest[] AsKnownAt(IReadOnlyList<TestRecord?> tests, Instant at)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var known = new KnownTest[tests.Count];
        var count = 0;
        for (var i = 0; i < tests.Count; i++)
        {
            if (tests[i] is { } test && test.Sampled <= at)
            {
                var resulted = test.Resulted is { } r && r <= at;
                Insert(known, count++, new KnownTest(test.Sampled, test.Resulted ?? default, resulted ? test.Result : TestResult.Pending, i));
            }
        }

        return known[..count];
    }

    /// <summary>Puts <paramref name="entry"/> into the first <paramref name="count"/> tests of <paramref name="known"/>,
    /// which are in sampling order, after those sampled at or before it (so ties keep the order listed).</summary>
    /// <remarks>Insertion: the inputs are short and usually in order already.</remarks>
    internal static void Insert(KnownTest[] known, int count, in KnownTest entry)
    {
        var slot = count;
        while (slot > 0 && known[slot - 1].Sampled > entry.Sampled)
        {
            known[slot] = known[slot - 1];
            slot--;
        }

        known[slot] = entry;
    }
}
