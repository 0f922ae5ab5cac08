using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Beibei.Rules.AspNetCore;

internal static class BeibeiRulesOpenApi
{
    public static void Describe(RouteGroupBuilder group)
    {
    }
}
