using System.Diagnostics.Metrics;
using Beibei.Rules.Questions;

namespace Beibei.Rules.AspNetCore;

/// <summary>The service's instruments, from the host's <see cref="IMeterFactory"/>.</summary>
internal sealed class ServiceMetrics
{
    private readonly Counter<long> decisions;
    private readonly Counter<long> errors;
    private readonly Histogram<double> duration;

    public ServiceMetrics(IMeterFactory factory)
    {
        var meter = factory.Create(BeibeiRulesTelemetry.MeterName);
        decisions = meter.CreateCounter<long>(BeibeiRulesTelemetry.Decisions, "{decision}", "Decisions made, by question kind and verdict.");
        errors = meter.CreateCounter<long>(BeibeiRulesTelemetry.Errors, "{error}", "Requests answered with input errors, by the first error's code.");
        duration = meter.CreateHistogram<double>(BeibeiRulesTelemetry.Duration, "s", "Time from the body read to the answer written.");
    }

    public static string KindOf(Question? question) => question switch
    {
        Travel => "travel",
        EnterPublicPlace => "enter-public-place",
        LeaveHome => "leave-home",
        Gathering => "gathering",
        _ => "none",
    };

    public void Decided(Question? question, Decisions.Verdict verdict) =>
        decisions.Add(1, new KeyValuePair<string, object?>("kind", KindOf(question)), new KeyValuePair<string, object?>("verdict", PolicyTerms.Of(verdict)));

    public void Failed(string code) => errors.Add(1, new KeyValuePair<string, object?>("code", code));

    public void Took(string endpoint, TimeSpan elapsed) =>
        duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("endpoint", endpoint));
}
