using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>An advised ban that an allowed decision goes against (only under <c>advice: inform</c>).</summary>
/// <param name="ClauseId">The clause whose advice it is, e.g. <c>example.stay-home</c>.</param>
/// <param name="Citation">The clause's sources, paragraph, quotation and summary.</param>
[JsonConverter(typeof(AdviceJsonConverter))]
public sealed record Advice(string ClauseId, Citation Citation);
