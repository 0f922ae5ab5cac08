namespace Beibei.Rules;

/// <summary>A parameter whose value is a <typeparamref name="T"/>: what a clause reads with
/// <see cref="PolicyOptions.Get{T}"/>.</summary>
/// <typeparam name="T">The value's type (a NodaTime <c>Instant</c>, <c>Duration</c> or <c>LocalTime</c>, an
/// <see cref="int"/>, a <see cref="decimal"/>, or an enumeration for words).</typeparam>
/// <remarks>Immutable and thread-safe. Made by <see cref="PolicyParameter.Define{T}"/> and
/// <see cref="PolicyParameter.DefineWord{TEnum}"/>.</remarks>
public abstract class PolicyParameter<T> : PolicyParameter
    where T : struct
{
    private protected PolicyParameter(string name, PolicyParameterKind kind, string unit, Decisions.Citation? citation, bool declared)
        : base(name, kind, unit, citation, declared)
    {
    }

    /// <summary>Its value in options that do not set it.</summary>
    public abstract T Default { get; }

    /// <summary>Its value in <paramref name="options"/>: the one set, else <see cref="Default"/>.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    public abstract T ValueIn(PolicyOptions options);

    /// <summary>Sets its value in <paramref name="options"/>.</summary>
    internal abstract void Put(PolicyOptions options, T value);
}
