using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates an <see cref="Isolation"/>: an end, when given, after the start.</summary>
public sealed class IsolationValidator : AbstractValidator<Isolation>
{
    /// <summary>Builds the rules.</summary>
    public IsolationValidator()
    {
        RuleFor(i => i.Until).Must((i, until) => InputRules.EndsAfterStart(i.From, until))
            .WithErrorCode(ErrorCodes.IsolationUntilBeforeFrom)
            .WithMessage("The isolation must end after it starts.").OverridePropertyName("until");
    }
}
