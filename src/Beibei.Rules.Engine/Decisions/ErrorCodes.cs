namespace Beibei.Rules.Decisions;

/// <summary>The stable error codes of the catalogue. More may be added; these keep their meaning.</summary>
public static class ErrorCodes
{
    /// <summary>A region id or alias that is not in the table.</summary>
    public const string RegionUnknown = "region.unknown";

    /// <summary>An instant written without a UTC offset.</summary>
    public const string TimeNoOffset = "time.no-offset";

    /// <summary>An instant that does not parse, or a date without a time.</summary>
    public const string TimeInvalid = "time.invalid";

    /// <summary>A test resulted before it was sampled.</summary>
    public const string TestResultedBeforeSampled = "test.resulted-before-sampled";

    /// <summary>A negative or positive test without <c>resulted</c>.</summary>
    public const string TestResultedMissing = "test.resulted-missing";

    /// <summary>An isolation (or control area) whose <c>until</c> is not after <c>from</c>.</summary>
    public const string IsolationUntilBeforeFrom = "isolation.until-before-from";

    /// <summary>An arrival from the region the person is in.</summary>
    public const string ArrivalFromEqualsRegion = "arrival.from-equals-region";

    /// <summary>A temperature outside 30–45 °C.</summary>
    public const string TemperatureOutOfRange = "temperature.out-of-range";

    /// <summary>An arrival whose <c>entered</c> is after its <c>at</c>.</summary>
    public const string ArrivalEnteredAfterArrival = "arrival.entered-after-arrival";

    /// <summary>A trip whose <c>arrives</c> is before the instant asked about.</summary>
    public const string TravelArrivesBeforeAt = "travel.arrives-before-at";

    /// <summary>An unknown purpose, kind, level, result, health code, symptom or option value, or a value of the wrong type.</summary>
    public const string ValueUnknown = "value.unknown";

    /// <summary>An option value of the right type outside the range the policy can use (a non-positive
    /// duration or day count, an in-force period that ends before it starts). Added by this library.</summary>
    public const string ValueOutOfRange = "value.out-of-range";

    /// <summary>A key the format does not know.</summary>
    public const string KeyUnknown = "key.unknown";

    /// <summary>A required key is absent.</summary>
    public const string KeyMissing = "key.missing";

    /// <summary><c>ask</c> holds no question or more than one.</summary>
    public const string AskNotOne = "ask.not-one";

    /// <summary>YAML or JSON that does not parse.</summary>
    public const string Syntax = "syntax";

    /// <summary>Every code above, in the order of the catalogue.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RegionUnknown, TimeNoOffset, TimeInvalid, TestResultedBeforeSampled, TestResultedMissing,
        IsolationUntilBeforeFrom, ArrivalFromEqualsRegion, TemperatureOutOfRange, ArrivalEnteredAfterArrival,
        TravelArrivesBeforeAt, ValueUnknown,
        ValueOutOfRange, KeyUnknown, KeyMissing, AskNotOne, Syntax,
    ];
}
