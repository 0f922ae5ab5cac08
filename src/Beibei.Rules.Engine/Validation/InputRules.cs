using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Validation;

/// <summary>Each rule of valid input, stated once. The FluentValidation validators (which report every broken rule with
/// its code and field) and the evaluator's fast gate (which only asks whether the input may be evaluated, without
/// allocating) both call these, so the two cannot drift apart; a property of the reliability suite checks that they
/// agree on generated input.</summary>
/// <remarks>Region rules are the region table's (<see cref="RegionTable.TryFind"/>), and membership of an enumeration is
/// <see cref="Defined"/>'s: both sides use those too. Thread-safe: pure functions.</remarks>
internal static class InputRules
{
    /// <summary>The lowest temperature accepted, in °C (inclusive).</summary>
    public const decimal LowestTemperature = 30m;

    /// <summary>The highest temperature accepted, in °C (inclusive).</summary>
    public const decimal HighestTemperature = 45m;

    /// <summary>A negative or positive test has the instant its result came out (a pending one may not).</summary>
    public static bool HasResultTime(TestResult result, Instant? resulted) => resulted is not null || result == TestResult.Pending;

    /// <summary>A test is not resulted before it was sampled (the same instant is accepted).</summary>
    public static bool ResultedNotBeforeSampled(Instant sampled, Instant? resulted) => resulted is not { } r || r >= sampled;

    /// <summary>A journey does not enter the jurisdiction after it arrived (the same instant is accepted).</summary>
    public static bool EnteredNotAfterArrival(Instant arrived, Instant? entered) => entered is not { } e || e <= arrived;

    /// <summary>A period that gives its end ends after it starts (an isolation, a control area).</summary>
    public static bool EndsAfterStart(Instant from, Instant? until) => until is not { } u || u > from;

    /// <summary>A temperature, when given, is between <see cref="LowestTemperature"/> and <see cref="HighestTemperature"/>
    /// (both included).</summary>
    public static bool TemperatureInRange(decimal? celsius) => celsius is not { } t || (t >= LowestTemperature && t <= HighestTemperature);

    /// <summary>A trip does not arrive before the instant it is asked about (the one rule that needs that instant).</summary>
    public static bool ArrivesNotBeforeAt(Questions.Question question, Instant at) => question is not Questions.Travel { Arrives: { } arrives } || arrives >= at;

    /// <summary>An arrival does not come from the region the person is in (aliases name the same region).</summary>
    public static bool ArrivalFromElsewhere(Region region, Region from) => !ReferenceEquals(region, from);
}
