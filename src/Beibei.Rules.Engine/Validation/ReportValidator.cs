using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates a <see cref="Report"/>: a known destination.</summary>
public sealed class ReportValidator : AbstractValidator<Report>
{
    /// <summary>Builds the rules.</summary>
    /// <param name="regions">The policy's regions (<see cref="Engine.Policy.Regions"/>), which region names must be of.</param>
    public ReportValidator(RegionTable regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        RuleFor(r => r.To).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("A report needs its destination.")
            .Must(regions.IsKnown).WithErrorCode(ErrorCodes.RegionUnknown).WithMessage(r => $"'{r.To}' is not a region of the table.")
            .OverridePropertyName("to");
    }
}
