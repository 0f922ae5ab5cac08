using FluentValidation;
using FluentValidation.Results;

namespace Beibei.Rules.Validation;

/// <summary>Validates <see cref="PolicyOptions"/>, with the catalogue's parameter names as field names.</summary>
/// <remarks>The rules are the parameters' own (<see cref="PolicyOptions.Parameters"/>): an unknown word or a
/// <c>land-and-test-count</c> other than 2 or 3 is <c>value.unknown</c>; a non-positive duration or day count, a fever
/// threshold outside 30–45 °C and an in-force period that does not end after it starts are <c>value.out-of-range</c> (a
/// code this library adds).</remarks>
public sealed class PolicyOptionsValidator : AbstractValidator<PolicyOptions>
{
    /// <summary>Builds the rules of the catalogue's parameters.</summary>
    public PolicyOptionsValidator()
        : this(PolicyOptions.Parameters)
    {
    }

    /// <summary>Builds the rules of every parameter of <paramref name="policy"/>: the catalogue's and those its layers
    /// declare (<see cref="Engine.Policy.Parameters"/>).</summary>
    /// <param name="policy">The policy.</param>
    public PolicyOptionsValidator(Engine.Policy policy)
        : this((policy ?? throw new ArgumentNullException(nameof(policy))).Parameters)
    {
    }

    private PolicyOptionsValidator(IReadOnlyList<PolicyParameter> parameters) =>
        RuleFor(o => o).Custom((options, context) =>
        {
            foreach (var parameter in parameters)
            {
                if (parameter.Check(options) is { } error)
                {
                    context.AddFailure(new ValidationFailure(error.Field, error.Message) { ErrorCode = error.Code });
                }
            }
        });
}
