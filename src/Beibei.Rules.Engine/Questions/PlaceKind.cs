using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Questions;

/// <summary>The kind of public place (公共场所).</summary>
[JsonConverter(typeof(PolicyWordConverter<PlaceKind>))]
public enum PlaceKind
{
    /// <summary>商场.</summary>
    Mall,

    /// <summary>超市.</summary>
    Supermarket,

    /// <summary>农贸市场.</summary>
    Market,

    /// <summary>Any other public place.</summary>
    Other,
}
