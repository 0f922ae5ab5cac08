using System.Text.Json.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>Which policy a decision came from (<c>policy: {id, version, digest}</c>), so that an auditor can tell that two
/// decisions were made under the same rules.</summary>
/// <param name="Id">The policy's id, e.g. <c>example-2022-11</c>.</param>
/// <param name="Version">The policy's version, e.g. <c>2</c> (the catalogue's revision).</param>
/// <param name="Digest">A SHA-256, in lower-case hex, over the policy's declared content (its id and version, every
/// clause's id, citation, parameters, obligation and condition ids, the parts not evaluated), the parameter values the
/// decision used, and the library's version. The same policy with the same options gives the same digest on every
/// machine; any change to one of them changes it.</param>
public sealed record PolicyIdentity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("digest")] string Digest);
