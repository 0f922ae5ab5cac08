using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using FluentValidation;

namespace Beibei.Rules.Validation;

/// <summary>Validates a <see cref="Question"/> of any kind, with field paths such as <c>travel.to</c> and <c>gathering.kind</c>.</summary>
public sealed class QuestionValidator : AbstractValidator<Question>
{
    /// <summary>Builds the rules.</summary>
    /// <param name="regions">The policy's regions (<see cref="Engine.Policy.Regions"/>), which region names must be of.</param>
    public QuestionValidator(RegionTable regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        When(q => q is Travel, () =>
        {
            RuleFor(q => ((Travel)q).To).Cascade(CascadeMode.Stop)
                .NotEmpty().WithErrorCode(ErrorCodes.KeyMissing).WithMessage("A trip needs its destination.")
                .Must(regions.IsKnown).WithErrorCode(ErrorCodes.RegionUnknown)
                .WithMessage(q => $"'{((Travel)q).To}' is not a region of the table.")
                .OverridePropertyName("travel.to");
            RuleFor(q => ((Travel)q).Purpose).Must(Defined.Is).WithErrorCode(ErrorCodes.ValueUnknown)
                .WithMessage(PurposeMessage).OverridePropertyName("travel.purpose");
        });
        When(q => q is EnterPublicPlace, () =>
        {
            RuleFor(q => ((EnterPublicPlace)q).Region).Must(r => r is null || regions.IsKnown(r))
                .WithErrorCode(ErrorCodes.RegionUnknown)
                .WithMessage(q => $"'{((EnterPublicPlace)q).Region}' is not a region of the table.")
                .OverridePropertyName("enter-public-place.region");
            RuleFor(q => ((EnterPublicPlace)q).Kind).Must(kind => kind is not { } k || Defined.Is(k)).WithErrorCode(ErrorCodes.ValueUnknown)
                .WithMessage("The kind must be mall, supermarket, market or other.").OverridePropertyName("enter-public-place.kind");
        });
        When(q => q is LeaveHome, () =>
            RuleFor(q => ((LeaveHome)q).Purpose).Must(Defined.Is).WithErrorCode(ErrorCodes.ValueUnknown)
                .WithMessage(PurposeMessage).OverridePropertyName("leave-home.purpose"));
        When(q => q is Gathering, () =>
            RuleFor(q => ((Gathering)q).Kind).Must(Defined.Is).WithErrorCode(ErrorCodes.ValueUnknown)
                .WithMessage("The kind must be wedding, funeral, banquet, meal or other.").OverridePropertyName("gathering.kind"));
    }

    private static string PurposeMessage => "The purpose must be essential, non-essential, medical or testing.";
}
