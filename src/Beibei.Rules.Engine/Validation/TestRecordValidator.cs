using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates a <see cref="TestRecord"/>: a known result; <c>resulted</c> present unless pending and not before <c>sampled</c>.</summary>
public sealed class TestRecordValidator : AbstractValidator<TestRecord>
{
    /// <summary>Builds the rules.</summary>
    public TestRecordValidator()
    {
        RuleFor(t => t.Result).Must(Defined.Is).WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("The result must be negative, positive or pending.").OverridePropertyName("result");
        RuleFor(t => t.Resulted).Must((t, resulted) => InputRules.HasResultTime(t.Result, resulted)).WithErrorCode(ErrorCodes.TestResultedMissing)
            .WithMessage("A negative or positive test needs the instant its result came out.").OverridePropertyName("resulted");
        RuleFor(t => t.Resulted).Must((t, resulted) => InputRules.ResultedNotBeforeSampled(t.Sampled, resulted))
            .WithErrorCode(ErrorCodes.TestResultedBeforeSampled)
            .WithMessage("A test cannot be resulted before it was sampled.").OverridePropertyName("resulted");
    }
}
