using System.Text.Json.Serialization;

namespace Beibei.Rules.AspNetCore;

/// <summary>Source-generated JSON of the service's own small bodies.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ReadyJson : JsonSerializerContext;
