using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates an <see cref="Arrival"/>: a known origin, and an entry into the jurisdiction not after the arrival. (That it is not the person's own region is checked by
/// <see cref="PersonFactsValidator"/>, which knows the region.)</summary>
public sealed class ArrivalValidator : AbstractValidator<Arrival>
{
    /// <summary>Builds the rules.</summary>
    /// <param name="regions">The policy's regions (<see cref="Engine.Policy.Regions"/>), which region names must be of.</param>
    public ArrivalValidator(RegionTable regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        RuleFor(a => a.From).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("An arrival needs where it came from.")
            .Must(regions.IsKnown).WithErrorCode(ErrorCodes.RegionUnknown).WithMessage(a => $"'{a.From}' is not a region of the table.")
            .OverridePropertyName("from");
        RuleFor(a => a.Entered).Must((a, entered) => InputRules.EnteredNotAfterArrival(a.At, entered))
            .WithErrorCode(ErrorCodes.ArrivalEnteredAfterArrival)
            .WithMessage("The journey cannot enter the jurisdiction after it arrived.").OverridePropertyName("entered");
    }
}
