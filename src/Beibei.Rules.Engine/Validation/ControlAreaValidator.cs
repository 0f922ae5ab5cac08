using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates a <see cref="ControlArea"/>: a known level and an end, when given, after the start.</summary>
public sealed class ControlAreaValidator : AbstractValidator<ControlArea>
{
    /// <summary>Builds the rules.</summary>
    public ControlAreaValidator()
    {
        RuleFor(c => c.Level).Must(Defined.Is).WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("The level must be high, medium or temporary.").OverridePropertyName("level");
        RuleFor(c => c.Until).Must((c, until) => InputRules.EndsAfterStart(c.From, until))
            .WithErrorCode(ErrorCodes.IsolationUntilBeforeFrom)
            .WithMessage("The control area must end after it starts.").OverridePropertyName("until");
    }
}
