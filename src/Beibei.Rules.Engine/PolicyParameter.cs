using System.Globalization;
using Beibei.Rules.Decisions;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules;

/// <summary>One parameter of the policy, declared once: its name, how it is written, the value it has in a
/// <see cref="PolicyOptions"/>, and what a valid value is. The options' validation, the casebook reader, the rendered
/// casebook and the policy's digest all read these declarations (see <see cref="PolicyOptions.Parameters"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class PolicyParameter
{
    private static readonly ZonedDateTimePattern InstantText = ZonedDateTimePattern.CreateWithInvariantCulture(
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>", DateTimeZoneProviders.Tzdb);

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private protected PolicyParameter(string name, PolicyParameterKind kind, string unit)
    {
        Name = name;
        Kind = kind;
        Unit = unit;
    }

    /// <summary>The catalogue's name, e.g. <c>proof-window</c>.</summary>
    public string Name { get; }

    /// <summary>How the value is written and read.</summary>
    public PolicyParameterKind Kind { get; }

    /// <summary>The unit a person reads after the value (<c>°C</c>), or empty.</summary>
    public string Unit { get; }

    /// <summary>For <see cref="PolicyParameterKind.Word"/>, the words it takes, in order; otherwise empty.</summary>
    public virtual IReadOnlyList<string> Words => [];

    /// <summary>The value in <paramref name="options"/>, written as a casebook writes it: <c>48h</c>, <c>sampled</c>,
    /// <c>2022-11-10T00:00:00+08:00</c> (instants in Asia/Shanghai). The text is exact: reading it back gives the same
    /// value.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The text.</returns>
    public abstract string Format(PolicyOptions options);

    /// <summary>Sets the value in <paramref name="options"/> from a value of the parameter's kind (an <c>Instant</c>, a
    /// <c>Duration</c>, an <see cref="int"/>, a <see cref="decimal"/>, or a word as a <see cref="string"/>).</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="value">The value.</param>
    /// <returns>False, changing nothing, when the value is not of the parameter's kind or not one of its words.</returns>
    public abstract bool TrySet(PolicyOptions options, object value);

    /// <summary>The value in <paramref name="options"/>, of the kind <see cref="TrySet"/> takes (so that
    /// <c>TrySet(to, GetValue(from))</c> copies it).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The value, boxed.</returns>
    public abstract object GetValue(PolicyOptions options);

    /// <summary>The error of the value in <paramref name="options"/>, if it is not one the policy can use.</summary>
    internal abstract InputError? Check(PolicyOptions options);

    /// <summary>An instant as a casebook writes it, to the nanosecond.</summary>
    private protected static string FormatInstant(Instant instant) => InstantText.Format(instant.InZone(Zone));

    /// <summary>A duration as a casebook writes it: in the largest of days, hours, minutes and seconds that holds it
    /// exactly, else ISO 8601.</summary>
    private protected static string FormatDuration(Duration duration)
    {
        var nanoseconds = duration.ToInt64Nanoseconds();
        foreach (var (unit, length) in new[] { ("h", NodaConstants.NanosecondsPerHour), ("m", NodaConstants.NanosecondsPerMinute), ("s", NodaConstants.NanosecondsPerSecond) })
        {
            if (nanoseconds >= 0 && nanoseconds % length == 0)
            {
                return (nanoseconds / length).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(nanoseconds));
    }
}
