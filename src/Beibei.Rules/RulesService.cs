using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules;

/// <summary>The default <see cref="IRulesService"/>: an <see cref="Evaluator"/> and a clock.</summary>
/// <remarks>The only place the library asks what time it is, and it asks the injected clock.</remarks>
public sealed class RulesService : IRulesService
{
    private readonly Evaluator evaluator;
    private readonly IClock clock;

    /// <summary>Builds the service for <c>Policy.Chongqing2022</c>.</summary>
    /// <param name="options">The options (copied).</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RulesService(PolicyOptions options, IClock clock)
        : this(Policy.Chongqing2022, options, clock)
    {
    }

    /// <summary>Builds the service for <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="options">The options (copied).</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RulesService(Policy policy, PolicyOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        evaluator = new Evaluator(policy, options);
        this.clock = clock;
    }

    /// <inheritdoc/>
    public Policy Policy => evaluator.Policy;

    /// <inheritdoc/>
    public PolicyOptions Options => evaluator.Options;

    /// <inheritdoc/>
    public Result<Decision> DecideNow(PersonFacts? person, Question? question) =>
        evaluator.Decide(person, question, clock.GetCurrentInstant());

    /// <inheritdoc/>
    public Result<Decision> Decide(PersonFacts? person, Question? question, Instant at) => evaluator.Decide(person, question, at);

    /// <inheritdoc/>
    public Result<Timeline> Timeline(PersonFacts? person, Question? question, Instant from, Instant until) =>
        evaluator.Timeline(person, question, from, until);
}
