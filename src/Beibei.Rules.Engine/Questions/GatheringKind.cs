using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Questions;

/// <summary>The kind of gathering.</summary>
[JsonConverter(typeof(PolicyWordConverter<GatheringKind>))]
public enum GatheringKind
{
    /// <summary>喜事: a wedding.</summary>
    Wedding,

    /// <summary>丧事: a funeral.</summary>
    Funeral,

    /// <summary>宴会: a banquet.</summary>
    Banquet,

    /// <summary>聚餐: a shared meal.</summary>
    Meal,

    /// <summary>Any other gathering (聚集性活动).</summary>
    Other,
}
