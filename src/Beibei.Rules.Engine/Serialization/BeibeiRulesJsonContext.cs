using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>The source-generated metadata behind <see cref="BeibeiRulesJson"/>.</summary>
[JsonSerializable(typeof(Decision))]
[JsonSerializable(typeof(Timeline))]
[JsonSerializable(typeof(IReadOnlyList<InputError>))]
[JsonSerializable(typeof(IReadOnlyList<Condition>))]
[JsonSerializable(typeof(PolicyIdentity))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(Beibei.Rules.Model.PersonFacts))]
[JsonSerializable(typeof(Beibei.Rules.Questions.Question))]
[JsonSerializable(typeof(PolicyOptions))]
[JsonSerializable(typeof(Reason))]
[JsonSerializable(typeof(Obligation))]
[JsonSerializable(typeof(Remedy))]
[JsonSerializable(typeof(Advice))]
[JsonSerializable(typeof(Condition))]
[JsonSerializable(typeof(ConditionFact))]
[JsonSerializable(typeof(Proof))]
[JsonSerializable(typeof(TestFact))]
[JsonSerializable(typeof(ReportFact))]
[JsonSerializable(typeof(ValueFact))]
[JsonSerializable(typeof(PeriodFact))]
[JsonSerializable(typeof(TimelineSegment))]
[JsonSerializable(typeof(InputError))]
[JsonSerializable(typeof(Beibei.Rules.Model.TestRecord))]
[JsonSerializable(typeof(Beibei.Rules.Model.Report))]
[JsonSerializable(typeof(Beibei.Rules.Model.Arrival))]
[JsonSerializable(typeof(Beibei.Rules.Model.Exposure))]
[JsonSerializable(typeof(Beibei.Rules.Model.Isolation))]
[JsonSerializable(typeof(Beibei.Rules.Model.ControlArea))]
[JsonSerializable(typeof(Beibei.Rules.Questions.Travel))]
[JsonSerializable(typeof(Beibei.Rules.Questions.EnterPublicPlace))]
[JsonSerializable(typeof(Beibei.Rules.Questions.LeaveHome))]
[JsonSerializable(typeof(Beibei.Rules.Questions.Gathering))]
internal sealed partial class BeibeiRulesJsonContext : JsonSerializerContext
{
    public static BeibeiRulesJsonContext Compact { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static BeibeiRulesJsonContext Indented { get; } =
        new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
}
