namespace Beibei.Rules;

/// <summary>How a parameter's value is written and read (in a casebook's <c>options</c>, in Markdown, in the digest).</summary>
public enum PolicyParameterKind
{
    /// <summary>An instant with its offset (<c>2022-11-10T00:00:00+08:00</c>); read as a NodaTime <c>Instant</c>.</summary>
    Instant,

    /// <summary>A duration (<c>48h</c>, <c>90m</c>, <c>PT48H</c>); read as a NodaTime <c>Duration</c>.</summary>
    Duration,

    /// <summary>A number of days (<c>7</c> or <c>7d</c>); read as an <see cref="int"/>.</summary>
    Days,

    /// <summary>A whole number (<c>2</c>); read as an <see cref="int"/>.</summary>
    Count,

    /// <summary>A decimal number (<c>37.3</c>); read as a <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>One of the words in <see cref="PolicyParameter.Words"/> (<c>sampled</c>); read as that word.</summary>
    Word,

    /// <summary>A local time of day (<c>20:00</c>, <c>07:30:15</c>); read as a NodaTime <c>LocalTime</c>.</summary>
    TimeOfDay,
}
