using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using FluentValidation;
using FluentValidation.Results;

namespace Beibei.Rules.Validation;

/// <summary>Runs the validators and turns their failures into <see cref="InputError"/>s with paths under
/// <c>person</c>, <c>ask</c> and <c>options</c>. Validators are built once per policy (for its regions): FluentValidation
/// validators are thread-safe.</summary>
internal sealed class InputValidation(RegionTable regions)
{
    private static readonly PolicyOptionsValidator Options = new();
    private readonly PersonFactsValidator person = new(regions);
    private readonly QuestionValidator ask = new(regions);

    /// <summary>Every error of the facts and question asked at <paramref name="at"/>.</summary>
    public IReadOnlyList<InputError> Check(PersonFacts? person, Question? question, NodaTime.Instant at)
    {
        List<InputError>? errors = null;
        if (person is null)
        {
            (errors ??= []).Add(new InputError(ErrorCodes.KeyMissing, "person", "The person's facts are required."));
        }
        else
        {
            Collect(this.person.Validate(person), "person", ref errors);
        }

        if (question is null)
        {
            (errors ??= []).Add(new InputError(ErrorCodes.KeyMissing, "ask", "A question is required."));
        }
        else
        {
            Collect(ask.Validate(question), "ask", ref errors);

            // The one rule that needs the instant asked about, which a validator of the question alone cannot see.
            if (!InputRules.ArrivesNotBeforeAt(question, at))
            {
                (errors ??= []).Add(new InputError(
                    ErrorCodes.TravelArrivesBeforeAt, "ask.travel.arrives", "A trip cannot arrive before the instant it is asked about."));
            }
        }

        return (IReadOnlyList<InputError>?)errors ?? [];
    }

    public static IReadOnlyList<InputError> Check(PolicyOptions options)
    {
        List<InputError>? errors = null;
        Collect(Options.Validate(options), "options", ref errors);
        return (IReadOnlyList<InputError>?)errors ?? [];
    }

    private static void Collect(ValidationResult result, string prefix, ref List<InputError>? errors)
    {
        foreach (var failure in result.Errors)
        {
            (errors ??= []).Add(new InputError(failure.ErrorCode, prefix + "." + failure.PropertyName, failure.ErrorMessage));
        }
    }
}
