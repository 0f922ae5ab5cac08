using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules;

/// <summary>The dependency-injection face of the library: decides questions now, by an injected <see cref="IClock"/>,
/// or at any instant given.</summary>
/// <remarks>Registered by <see cref="BeibeiRulesServiceCollectionExtensions.AddBeibeiRules(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
/// as a singleton; thread-safe.</remarks>
public interface IRulesService
{
    /// <summary>The policy decisions are made under.</summary>
    Engine.Policy Policy { get; }

    /// <summary>The options decisions are made with.</summary>
    PolicyOptions Options { get; }

    /// <summary>Decides <paramref name="question"/> about <paramref name="person"/> at the clock's current instant.</summary>
    /// <param name="person">The facts.</param>
    /// <param name="question">What is asked.</param>
    /// <returns>The decision or the input errors.</returns>
    Result<Decision> DecideNow(PersonFacts? person, Question? question);

    /// <summary>Decides <paramref name="question"/> about <paramref name="person"/> at <paramref name="at"/>.</summary>
    /// <param name="person">The facts.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The decision or the input errors.</returns>
    Result<Decision> Decide(PersonFacts? person, Question? question, Instant at);

    /// <summary>The verdict over [<paramref name="from"/>, <paramref name="until"/>], revealing each fact at its instant.</summary>
    /// <param name="person">The facts.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="from">The start.</param>
    /// <param name="until">The end (inclusive).</param>
    /// <returns>The timeline or the input errors.</returns>
    Result<Timeline> Timeline(PersonFacts? person, Question? question, Instant from, Instant until);
}
