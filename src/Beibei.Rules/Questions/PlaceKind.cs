namespace Beibei.Rules.Questions;

/// <summary>The kind of public place (公共场所).</summary>
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
