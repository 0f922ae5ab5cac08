using Beibei.Rules.Policies.Chongqing2022;

namespace Beibei.Rules.Engine;

/// <summary>The built-in policy, reached as <c>Policy.Chongqing2022</c>.</summary>
public static class Chongqing2022Policy
{
    private static readonly Policy Built = Chongqing2022Layers.Build();

    extension(Policy)
    {
        /// <summary>The Chongqing (CQ-136) and Beibei (BB-LETTER) rules of November 2022: the city layer
        /// <c>chongqing</c> and the district layer <c>beibei</c>, which governs Beibei, with the region table
        /// <see cref="Chongqing2022Regions.Table"/>.</summary>
        public static Policy Chongqing2022 => Built;
    }
}
