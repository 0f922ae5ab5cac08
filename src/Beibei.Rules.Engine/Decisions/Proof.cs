using System.Text.Json.Serialization;
using Beibei.Rules.Model;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>The 48-hour negative proof (核酸检测阴性证明) a decision relied on.</summary>
/// <param name="Test">The negative test used: of all valid tests, the one that expires last.</param>
/// <param name="Anchor">The instant the window counts from: the sampling or the result time (option <c>proof-anchor</c>).</param>
/// <param name="Expires">The last instant the proof is valid, <c>Anchor + proof-window</c> (inclusive: "48小时内" includes 48 hours).</param>
/// <remarks>It is also the fact of a met <c>negative-proof</c> condition: the test used.</remarks>
[JsonConverter(typeof(ConditionFactJsonConverter))]
public sealed record Proof(TestRecord Test, Instant Anchor, Instant Expires) : ConditionFact;
