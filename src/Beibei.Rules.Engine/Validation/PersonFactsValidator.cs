using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates <see cref="PersonFacts"/> and every fact inside them, with field paths in the casebook's words
/// (<c>region</c>, <c>tests[0].resulted</c>, <c>arrival.from</c>, ...).</summary>
public sealed class PersonFactsValidator : AbstractValidator<PersonFacts>
{
    /// <summary>Builds the rules.</summary>
    /// <param name="regions">The policy's regions (<see cref="Engine.Policy.Regions"/>), which region names must be of.</param>
    public PersonFactsValidator(RegionTable regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        RuleFor(p => p.Region).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("The person's region is required.")
            .Must(regions.IsKnown).WithErrorCode(ErrorCodes.RegionUnknown).WithMessage(p => $"'{p.Region}' is not a region of the table.")
            .OverridePropertyName("region");

        RuleFor(p => p.Tests).NotNull().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("The list of tests may be empty but not null.")
            .OverridePropertyName("tests");
        RuleForEach(p => p.Tests).Cascade(CascadeMode.Stop)
            .NotNull().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("A test is missing.")
            .SetValidator(new TestRecordValidator()).OverridePropertyName("tests");

        RuleFor(p => p.Arrival!).SetValidator(new ArrivalValidator(regions)).When(p => p.Arrival is not null).OverridePropertyName("arrival");
        RuleFor(p => p.Arrival!.From)
            .Must((p, from) => !regions.TryFind(p.Region, out var region) || !regions.TryFind(from, out var origin) || InputRules.ArrivalFromElsewhere(region, origin))
            .When(p => p.Arrival is not null)
            .WithErrorCode(ErrorCodes.ArrivalFromEqualsRegion)
            .WithMessage("An arrival cannot come from the region the person is in.")
            .OverridePropertyName("arrival.from");

        RuleFor(p => p.Reports).NotNull().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("The list of reports may be empty but not null.")
            .OverridePropertyName("reports");
        RuleForEach(p => p.Reports).Cascade(CascadeMode.Stop)
            .NotNull().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("A report is missing.")
            .SetValidator(new ReportValidator(regions)).OverridePropertyName("reports");

        RuleFor(p => p.HealthCode).Must(code => code is not { } c || Defined.Is(c)).WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("The health code must be green, yellow or red.").OverridePropertyName("health-code");
        RuleFor(p => p.Temperature).Must(InputRules.TemperatureInRange)
            .WithErrorCode(ErrorCodes.TemperatureOutOfRange)
            .WithMessage(p => $"A temperature of {p.Temperature} °C is outside {InputRules.LowestTemperature}–{InputRules.HighestTemperature} °C.").OverridePropertyName("temperature");

        RuleFor(p => p.Symptoms).NotNull().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("The list of symptoms may be empty but not null.")
            .OverridePropertyName("symptoms");
        RuleForEach(p => p.Symptoms).Must(Defined.Is).WithErrorCode(ErrorCodes.ValueUnknown)
            .WithMessage("A symptom must be fever, cough, fatigue or smell-taste-loss.").OverridePropertyName("symptoms");

        RuleFor(p => p.Isolation!).SetValidator(new IsolationValidator()).When(p => p.Isolation is not null).OverridePropertyName("isolation");
        RuleFor(p => p.ControlArea!).SetValidator(new ControlAreaValidator()).When(p => p.ControlArea is not null).OverridePropertyName("control-area");
    }
}
