namespace Beibei.Rules.Decisions;

/// <summary>Where a clause comes from: its sources, paragraph and the original sentence.</summary>
/// <param name="Sources">Source ids of the catalogue, e.g. <c>EX-1</c>: the documents a layer lists.</param>
/// <param name="Paragraph">The paragraph, e.g. <c>EX-1 §2</c>.</param>
/// <param name="Quotation">The clause's own sentence in the original Chinese.</param>
/// <param name="Summary">A plain summary in English and Chinese.</param>
public sealed record Citation(IReadOnlyList<string> Sources, string Paragraph, string Quotation, LocalizedText Summary);
