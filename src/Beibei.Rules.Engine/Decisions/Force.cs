using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>The voice of the sentence a reason rests on.</summary>
[JsonConverter(typeof(PolicyWordConverter<Force>))]
public enum Force
{
    /// <summary><c>required</c>: the source requires it (按要求, 严格, 服从, 实行).</summary>
    Required,

    /// <summary><c>advised</c>: the source advises it (倡导, 倡议, 提倡, 非必要不); option <c>advice</c> says whether such a
    /// ban denies.</summary>
    Advised,
}
