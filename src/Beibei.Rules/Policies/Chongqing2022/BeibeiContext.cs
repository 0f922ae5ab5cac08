using Beibei.Rules.Engine;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>What the Beibei layer's clauses ask of the context, written on its public members.</summary>
internal static class BeibeiContext
{
    extension(ClauseContext context)
    {
        /// <summary>The person lives in Beibei, the region the district layer governs.</summary>
        public bool InBeibei => ReferenceEquals(context.Region, Chongqing2022Regions.Beibei);
    }
}
