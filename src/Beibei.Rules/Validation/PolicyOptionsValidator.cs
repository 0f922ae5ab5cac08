using Beibei.Rules.Decisions;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates <see cref="PolicyOptions"/>, with the catalogue's parameter names as field names.</summary>
/// <remarks><c>land-and-test-count</c> other than 2 or 3 and unknown enumeration values are <c>value.unknown</c>;
/// non-positive durations or day counts and an in-force period that does not end after it starts are
/// <c>value.out-of-range</c> (a code this library adds).</remarks>
public sealed class PolicyOptionsValidator : AbstractValidator<PolicyOptions>
{
    /// <summary>Builds the rules.</summary>
    public PolicyOptionsValidator()
    {
        RuleFor(o => o.InForceUntil).Must((o, until) => until > o.InForceFrom).WithErrorCode(ErrorCodes.ValueOutOfRange)
            .WithMessage("in-force-until must be after in-force-from.").OverridePropertyName("in-force-until");
        RuleFor(o => o.ProofWindow).Must(d => d > NodaTime.Duration.Zero).WithErrorCode(ErrorCodes.ValueOutOfRange)
            .WithMessage("proof-window must be a positive duration.").OverridePropertyName("proof-window");
        RuleFor(o => o.ProofAnchor).IsInEnum().WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("proof-anchor must be sampled or resulted.").OverridePropertyName("proof-anchor");
        RuleFor(o => o.LandAndTestDays).GreaterThan(0).WithErrorCode(ErrorCodes.ValueOutOfRange)
            .WithMessage("land-and-test-days must be at least 1.").OverridePropertyName("land-and-test-days");
        RuleFor(o => o.LandAndTestGap).Must(d => d > NodaTime.Duration.Zero).WithErrorCode(ErrorCodes.ValueOutOfRange)
            .WithMessage("land-and-test-gap must be a positive duration.").OverridePropertyName("land-and-test-gap");
        RuleFor(o => o.LandAndTestCount).Must(c => c is 2 or 3).WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("land-and-test-count must be 2 (3天2检) or 3 (三天三检).").OverridePropertyName("land-and-test-count");
        RuleFor(o => o.DayOne).IsInEnum().WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("day-one must be arrival or next.").OverridePropertyName("day-one");
        RuleFor(o => o.IsolationDays).GreaterThan(0).WithErrorCode(ErrorCodes.ValueOutOfRange)
            .WithMessage("isolation-days must be at least 1.").OverridePropertyName("isolation-days");
        RuleFor(o => o.FeverThreshold).InclusiveBetween(30m, 45m).WithErrorCode(ErrorCodes.ValueOutOfRange)
            .WithMessage("fever-threshold must be between 30 and 45 °C.").OverridePropertyName("fever-threshold");
    }
}
