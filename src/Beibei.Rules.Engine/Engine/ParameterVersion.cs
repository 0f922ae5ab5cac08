using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>A dated value of a parameter: from <paramref name="From"/> on (inclusive), <paramref name="Parameter"/> is
/// <paramref name="Value"/>, whatever the evaluator's options say, until the next version of the same parameter.</summary>
/// <remarks>Made with <see cref="Layer.WithParameterValue"/>. The evaluator treats <paramref name="From"/> as a change point
/// of every clause: <c>valid-until</c> and timelines cross it like any other.</remarks>
/// <param name="Parameter">The parameter's name, e.g. <c>proof-window</c>.</param>
/// <param name="From">The first instant the value is in force at.</param>
/// <param name="Value">The value, of the kind <see cref="PolicyParameter.TrySet"/> takes.</param>
public sealed record ParameterVersion(string Parameter, Instant From, object Value);
