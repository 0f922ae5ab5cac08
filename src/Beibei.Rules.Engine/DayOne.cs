namespace Beibei.Rules;

/// <summary>Which local date is day 1 of the land-and-test regime (option <c>day-one</c>).</summary>
public enum DayOne
{
    /// <summary><c>arrival</c>: the local date of the arrival (the default).</summary>
    Arrival,

    /// <summary><c>next</c>: the local date after the arrival.</summary>
    Next,
}
