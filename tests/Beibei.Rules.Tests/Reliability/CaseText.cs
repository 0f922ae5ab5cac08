using System.Globalization;
using System.Text;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Tests.Reliability;

/// <summary>Writes generated facts and a question as a casebook case, every instant in one chosen offset.</summary>
internal static class CaseText
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    public static string Write(PersonFacts person, Question ask, Instant at, Offset offset)
    {
        string I(Instant i) => Pattern.Format(i.WithOffset(offset));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"at: {I(at)}");
        text.AppendLine("person:");
        text.AppendLine(CultureInfo.InvariantCulture, $"  region: {person.Region}");
        text.AppendLine("  tests:");
        foreach (var t in person.Tests)
        {
            var resulted = t.Resulted is { } r ? $", resulted: {I(r)}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"    - {{sampled: {I(t.Sampled)}{resulted}, result: {PolicyTerms.Of(t.Result)}}}");
        }

        text.AppendLine("  reports:");
        foreach (var r in person.Reports)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    - {{to: {r.To}, at: {I(r.At)}}}");
        }

        if (person.Arrival is { } a)
        {
            var reported = a.Reported is { } rep ? $", reported: {I(rep)}" : string.Empty;
            var entered = a.Entered is { } ent ? $", entered: {I(ent)}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  arrival: {{from: {a.From}, at: {I(a.At)}{reported}{entered}}}");
        }

        if (person.HealthCode is { } code)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  health-code: {PolicyTerms.Of(code)}");
        }

        if (person.HealthCodeReported is { } codeReported)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  health-code-reported: {I(codeReported)}");
        }

        if (person.Exposure is { } x)
        {
            var reported = x.Reported is { } rep ? $", reported: {I(rep)}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  exposure: {{noticed: {I(x.Noticed)}{reported}}}");
        }

        if (person.Temperature is { } temperature)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  temperature: {temperature.ToString(CultureInfo.InvariantCulture)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  symptoms: [{string.Join(", ", person.Symptoms.Select(PolicyTerms.Of))}]");
        if (person.Isolation is { } i)
        {
            var until = i.Until is { } u ? $", until: {I(u)}" : string.Empty;
            var alone = i.LivesAlone is { } l ? $", lives-alone: {(l ? "true" : "false")}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  isolation: {{from: {I(i.From)}{until}{alone}}}");
        }

        if (person.ControlArea is { } c)
        {
            var until = c.Until is { } u ? $", until: {I(u)}" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  control-area: {{level: {PolicyTerms.Of(c.Level)}, from: {I(c.From)}{until}}}");
        }

        text.AppendLine("ask:");
        text.AppendLine(ask switch
        {
            Travel t => $"  travel: {{to: {t.To}, purpose: {PolicyTerms.Of(t.Purpose)}{(t.Arrives is { } arr ? $", arrives: {I(arr)}" : string.Empty)}}}",
            EnterPublicPlace e => "  enter-public-place: {" + string.Join(", ", new[]
            {
                e.Region is null ? null : $"region: {e.Region}",
                e.Kind is { } k ? $"kind: {PolicyTerms.Of(k)}" : null,
            }.OfType<string>()) + "}",
            LeaveHome l => $"  leave-home: {{purpose: {PolicyTerms.Of(l.Purpose)}}}",
            Gathering g => $"  gathering: {{kind: {PolicyTerms.Of(g.Kind)}}}",
            _ => throw new ArgumentOutOfRangeException(nameof(ask)),
        });
        return text.ToString();
    }
}
