using System.Globalization;
using Beibei.Rules.Decisions;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules;

/// <summary>One parameter of the policy, declared once: its name, how it is written, the value it has in a
/// <see cref="PolicyOptions"/>, and what a valid value is. The options' validation, the casebook reader, the rendered
/// casebook and the policy's digest all read these declarations: the catalogue's (<see cref="PolicyOptions.Parameters"/>)
/// and those a policy declares of its own (<see cref="Define{T}"/>, <see cref="Engine.Policy.Parameters"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class PolicyParameter
{
    private static readonly ZonedDateTimePattern InstantText = ZonedDateTimePattern.CreateWithInvariantCulture(
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>", DateTimeZoneProviders.Tzdb);

    private static readonly LocalTimePattern MinutesText = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static readonly LocalTimePattern ExactTimeText = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss;FFFFFFFFF");

    private protected PolicyParameter(string name, PolicyParameterKind kind, string unit, Citation? citation, bool declared)
    {
        Name = name;
        Kind = kind;
        Unit = unit;
        Citation = citation;
        IsDeclared = declared;
    }

    /// <summary>What the parameter's default rests on, for a parameter a policy declares (<see cref="Define{T}"/>);
    /// <see langword="null"/> for the catalogue's own, whose citations are the policy's documentation.</summary>
    public Citation? Citation { get; }

    /// <summary>Declares a parameter of a policy's own, which a layer brings with
    /// <see cref="Engine.Layer.Declaring"/> and its clauses read with <see cref="PolicyOptions.Get{T}"/>. The casebook
    /// reader (its <c>options</c>), the rendered casebook, the policy's digest, dated values
    /// (<see cref="Engine.Layer.WithParameterValue"/>) and the options' validation all read this declaration.</summary>
    /// <remarks>Immutable and thread-safe. Example:
    /// <c>PolicyParameter.Define("market-closing", PolicyParameterKind.TimeOfDay, new LocalTime(20, 0), citation)</c>.</remarks>
    /// <typeparam name="T">The value's type, which must be the kind's: <c>Instant</c> for <see cref="PolicyParameterKind.Instant"/>,
    /// <c>Duration</c> for <see cref="PolicyParameterKind.Duration"/>, <see cref="int"/> for
    /// <see cref="PolicyParameterKind.Days"/> and <see cref="PolicyParameterKind.Count"/>, <see cref="decimal"/> for
    /// <see cref="PolicyParameterKind.Decimal"/>, <c>LocalTime</c> for <see cref="PolicyParameterKind.TimeOfDay"/> (for
    /// words, see <see cref="DefineWord{TEnum}"/>).</typeparam>
    /// <param name="name">The name, lower-case kebab-case (<c>market-closing</c>): not one of the catalogue's
    /// (<see cref="PolicyOptions.Names"/>), which <see cref="Engine.Policy.Create"/> checks.</param>
    /// <param name="kind">How it is written and read.</param>
    /// <param name="defaultValue">Its value in options that do not set it.</param>
    /// <param name="citation">What the default rests on, or null.</param>
    /// <param name="valid">Whether a value is one the policy can use; every value when null. The default must be.</param>
    /// <param name="message">The error's message for a value that is not (<c>value.out-of-range</c>).</param>
    /// <param name="unit">The unit a person reads after the value, or empty.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentException">The name is not kebab-case, the kind is <see cref="PolicyParameterKind.Word"/>
    /// or not the type's, or the default is not valid.</exception>
    public static PolicyParameter<T> Define<T>(
        string name,
        PolicyParameterKind kind,
        T defaultValue,
        Citation? citation = null,
        Func<T, bool>? valid = null,
        string? message = null,
        string unit = "")
        where T : struct
    {
        CheckName(name);
        var expected = kind switch
        {
            PolicyParameterKind.Instant => typeof(Instant),
            PolicyParameterKind.Duration => typeof(Duration),
            PolicyParameterKind.Days or PolicyParameterKind.Count => typeof(int),
            PolicyParameterKind.Decimal => typeof(decimal),
            PolicyParameterKind.TimeOfDay => typeof(LocalTime),
            _ => null,
        };
        if (expected != typeof(T))
        {
            throw new ArgumentException(
                $"Parameter '{name}' of kind {kind} cannot hold a {typeof(T).Name}{(expected is null ? "; declare words with DefineWord" : $"; it holds a {expected.Name}")}.",
                nameof(kind));
        }

        if (valid is not null && !valid(defaultValue))
        {
            throw new ArgumentException($"The default of parameter '{name}' ({defaultValue}) is not a value it accepts.", nameof(defaultValue));
        }

        ArgumentNullException.ThrowIfNull(unit);
        PolicyParameter? made = null;
        return (PolicyParameter<T>)(made = new PolicyParameterOf<T>(
            name,
            kind,
            o => o.Declared(name, defaultValue),
            (o, v) => o.Declare(made!, v),
            valid is null ? null : (_, v) => valid(v),
            message: message ?? $"{name} is not a value the policy can use.",
            unit: unit,
            citation: citation,
            declared: true));
    }

    /// <summary>Declares a parameter of a policy's own whose value is one of the words of <typeparamref name="TEnum"/>
    /// (its members in kebab-case, as <see cref="PolicyTerms"/> writes them). See <see cref="Define{T}"/>.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="name">The name, lower-case kebab-case.</param>
    /// <param name="defaultValue">Its value in options that do not set it: a defined member.</param>
    /// <param name="citation">What the default rests on, or null.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentException">The name is not kebab-case or the default is not a defined member.</exception>
    public static PolicyParameter<TEnum> DefineWord<TEnum>(string name, TEnum defaultValue, Citation? citation = null)
        where TEnum : struct, Enum
    {
        CheckName(name);
        if (!Enum.IsDefined(defaultValue))
        {
            throw new ArgumentException($"The default of parameter '{name}' ({defaultValue}) is not a member of {typeof(TEnum).Name}.", nameof(defaultValue));
        }

        PolicyParameter? made = null;
        return (PolicyParameter<TEnum>)(made = new WordParameter<TEnum>(name, o => o.Declared(name, defaultValue), (o, v) => o.Declare(made!, v), citation, declared: true));
    }

    /// <summary>Whether a policy declares this parameter (<see cref="Define{T}"/>), rather than the catalogue.</summary>
    public bool IsDeclared { get; }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
        {
            throw new ArgumentException($"A parameter's name is lower-case kebab-case, like market-closing; '{name}' is not.", nameof(name));
        }
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
    /// <c>2022-11-10T00:00:00+08:00</c> (instants with the offset of <see cref="Serialization.BeibeiRulesJson.Zone"/>). The text is exact: reading it back gives the same
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

    /// <summary>A time of day as a casebook writes it: <c>20:00</c>, or with seconds and fractions when it has them.</summary>
    private protected static string FormatTime(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 ? MinutesText.Format(time) : ExactTimeText.Format(time);

    /// <summary>An instant as a casebook writes it, to the nanosecond.</summary>
    private protected static string FormatInstant(Instant instant) => InstantText.Format(instant.InZone(Serialization.BeibeiRulesJson.Zone));

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
