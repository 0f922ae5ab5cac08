using System.Diagnostics.CodeAnalysis;

namespace Beibei.Rules.Decisions;

/// <summary>Either a value (a <see cref="Decision"/> or a <see cref="Timeline"/>) or the list of everything wrong
/// with the input; never both. The public API returns this instead of throwing for bad input.</summary>
/// <typeparam name="T">The kind of value.</typeparam>
/// <remarks>A small immutable value: returning it costs no allocation. <c>default</c> holds neither a value nor an
/// error and is not valid.</remarks>
public readonly struct Result<T>
    where T : class
{
    private readonly IReadOnlyList<InputError>? errors;

    private Result(T? value, IReadOnlyList<InputError> errors)
    {
        Value = value;
        this.errors = errors;
    }

    /// <summary>The value, when the input was valid.</summary>
    public T? Value { get; }

    /// <summary>Every problem found in the input; empty when <see cref="IsValid"/>.</summary>
    public IReadOnlyList<InputError> Errors => errors ?? [];

    /// <summary>True when the input was valid and <see cref="Value"/> holds the answer.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    internal static Result<T> Of(T value) => new(value, []);

    internal static Result<T> Invalid(IReadOnlyList<InputError> errors) => new(null, errors);
}
