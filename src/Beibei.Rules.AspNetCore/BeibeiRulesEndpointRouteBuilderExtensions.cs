using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beibei.Rules.AspNetCore;

/// <summary>Maps the decision service's endpoints.</summary>
public static class BeibeiRulesEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST {prefix}/decisions</c>, <c>POST {prefix}/decisions/batch</c>, <c>POST {prefix}/timelines</c>,
    /// <c>GET {prefix}/clauses</c>, <c>GET {prefix}/regions</c> and <c>GET {prefix}/policy</c>, deciding with the
    /// <see cref="IRulesService"/> of <c>AddBeibeiRules()</c> and the host's <c>IClock</c>.</summary>
    /// <remarks>Bodies are JSON exactly as <c>beibei-rules evaluate</c> reads a case; answers are the decision JSON (plus
    /// <c>decision-id</c>). Bad input is answered with problem details (400, 413, 415), never 500. The endpoints are
    /// thread-safe and keep no state between requests (apart from the optional decision log).</remarks>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="prefix">The route prefix (<c>/v1</c> unless given).</param>
    /// <returns>The route group, so that a host adds its own authentication, CORS or rate limits to it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddBeibeiRules()</c> was not called.</exception>
    public static RouteGroupBuilder MapBeibeiRules(this IEndpointRouteBuilder endpoints, string prefix = "/v1")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var state = ServiceState.Of(endpoints.ServiceProvider);
        var group = endpoints.MapGroup(prefix).WithTags("Beibei.Rules");
        group.MapPost("/decisions", Handler(context => DecisionEndpoints.DecideAsync(context, state)))
            .WithName("decide").WithSummary("Decide one case: the decision with reasons, obligations, valid-until and remedies.");
        group.MapPost("/decisions/batch", Handler(context => DecisionEndpoints.BatchAsync(context, state)))
            .WithName("decide-batch").WithSummary("Decide many cases: a result (decision or errors) per item, in the order given.");
        group.MapPost("/timelines", Handler(context => DecisionEndpoints.TimelineAsync(context, state)))
            .WithName("timeline").WithSummary("The verdict of a case from its at until a given instant, segment by segment.");
        group.MapGet("/clauses", Handler(context => InfoEndpoints.ClausesAsync(context, state)))
            .WithName("clauses").WithSummary("The clauses with their sources, quotations, parameters, duties and conditions.");
        group.MapGet("/regions", Handler(context => InfoEndpoints.RegionsAsync(context, state)))
            .WithName("regions").WithSummary("The policy's region table.");
        group.MapGet("/policy", Handler(context => InfoEndpoints.PolicyAsync(context, state)))
            .WithName("policy").WithSummary("The policy decided with: id, version, digest, library version and options.");
        BeibeiRulesOpenApi.Describe(group);
        return group;
    }

    /// <summary>A handler as a delegate that is not a <see cref="RequestDelegate"/>, so that the endpoint is described in
    /// the OpenAPI document (endpoints of a bare <see cref="RequestDelegate"/> are not).</summary>
    private static Delegate Handler(Func<HttpContext, Task> handler) => handler;

    /// <summary>Maps <c>GET /healthz</c> (the process is alive) and <c>GET /readyz</c> (the policy is loaded and a built-in
    /// smoke case decides as expected; 503 while shutting down).</summary>
    /// <param name="endpoints">The application.</param>
    /// <returns><paramref name="endpoints"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is null.</exception>
    public static IEndpointRouteBuilder MapBeibeiRulesHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var state = ServiceState.Of(endpoints.ServiceProvider);
        endpoints.MapGet("/healthz", Handler(context => InfoEndpoints.AliveAsync(context))).WithTags("Health").WithName("alive").WithSummary("The process is alive.");
        endpoints.MapGet("/readyz", Handler(context => InfoEndpoints.ReadyAsync(context, state))).WithTags("Health").WithName("ready")
            .WithSummary("The policy is loaded and decides a built-in case as expected; 503 while shutting down.");
        return endpoints;
    }
}
