using System.Globalization;
using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules;

/// <summary>A parameter whose value in <see cref="PolicyOptions"/> is a <typeparamref name="T"/>: an <c>Instant</c>, a
/// <c>Duration</c>, an <see cref="int"/> or a <see cref="decimal"/>.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="name">The catalogue's name.</param>
/// <param name="kind">How it is written.</param>
/// <param name="get">Its value in the options.</param>
/// <param name="set">Sets its value in the options.</param>
/// <param name="valid">Whether a value (with the other options) is one the policy can use; every value when null.</param>
/// <param name="code">The error code of a value that is not.</param>
/// <param name="message">The error's message.</param>
/// <param name="unit">The unit a person reads after the value.</param>
/// <param name="citation">What the default rests on.</param>
/// <param name="declared">Whether a policy declares it.</param>
internal sealed class PolicyParameterOf<T>(
    string name,
    PolicyParameterKind kind,
    Func<PolicyOptions, T> get,
    Action<PolicyOptions, T> set,
    Func<PolicyOptions, T, bool>? valid = null,
    string code = ErrorCodes.ValueOutOfRange,
    string message = "",
    string unit = "",
    Citation? citation = null,
    bool declared = false) : PolicyParameter<T>(name, kind, unit, citation, declared)
    where T : struct
{
    public override T Default => get(new PolicyOptions());

    public override T ValueIn(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return get(options);
    }

    internal override void Put(PolicyOptions options, T value) => set(options, value);

    public override string Format(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return get(options) switch
        {
            Instant instant => FormatInstant(instant),
            Duration duration => FormatDuration(duration),
            LocalTime time => FormatTime(time),
            int count => count.ToString(CultureInfo.InvariantCulture),

            // G29 drops trailing zeros: 37.3 and 37.30 are the same value.
            decimal number => number.ToString("G29", CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
    }

    public override bool TrySet(PolicyOptions options, object value)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (value is not T typed)
        {
            return false;
        }

        set(options, typed);
        return true;
    }

    public override object GetValue(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return get(options);
    }

    internal override InputError? Check(PolicyOptions options) =>
        valid is null || valid(options, get(options)) ? null : new InputError(code, Name, message);
}

/// <summary>A parameter whose value is one of the words of <typeparamref name="TEnum"/> (<c>sampled</c>, <c>next</c>).</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
/// <param name="name">The catalogue's name.</param>
/// <param name="get">Its value in the options.</param>
/// <param name="set">Sets its value in the options.</param>
/// <param name="citation">What the default rests on.</param>
/// <param name="declared">Whether a policy declares it.</param>
internal sealed class WordParameter<TEnum>(string name, Func<PolicyOptions, TEnum> get, Action<PolicyOptions, TEnum> set, Citation? citation = null, bool declared = false)
    : PolicyParameter<TEnum>(name, PolicyParameterKind.Word, string.Empty, citation, declared)
    where TEnum : struct, Enum
{
    public override TEnum Default => get(new PolicyOptions());

    public override TEnum ValueIn(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return get(options);
    }

    internal override void Put(PolicyOptions options, TEnum value) => set(options, value);

    public override IReadOnlyList<string> Words => PolicyTerms.All<TEnum>();

    public override string Format(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PolicyTerms.Of(get(options));
    }

    public override bool TrySet(PolicyOptions options, object value)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (value is not string word || !PolicyTerms.TryParse<TEnum>(word, out var parsed))
        {
            return false;
        }

        set(options, parsed);
        return true;
    }

    public override object GetValue(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PolicyTerms.Of(get(options));
    }

    internal override InputError? Check(PolicyOptions options) =>
        Enum.IsDefined(get(options)) ? null : new InputError(ErrorCodes.ValueUnknown, Name, $"{Name} must be {string.Join(" or ", Words)}.");
}
