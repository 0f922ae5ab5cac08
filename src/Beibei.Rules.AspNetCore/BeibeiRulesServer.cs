using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beibei.Rules.AspNetCore;

/// <summary>The ready host of the decision service, as <c>beibei-rules serve</c> runs it: the endpoints under <c>/v1</c>,
/// health, OpenAPI at <c>/openapi/v1.json</c>, problem details for every error (404, 405 and a failure inside included,
/// without its message), and the optional decision log.</summary>
/// <remarks>A host of one's own can make the same calls, or only <c>AddBeibeiRules</c> and <c>MapBeibeiRules</c>.</remarks>
public static class BeibeiRulesServer
{
    /// <summary>Registers what the ready host needs.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>BeibeiRules</c> section: the policy's options and <c>max-batch-items</c>.</param>
    /// <param name="options">The log's settings.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddBeibeiRulesServer(this IServiceCollection services, IConfiguration configuration, BeibeiRulesServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        services.AddBeibeiRules(configuration);
        if (options.LogPath is { } path)
        {
            services.AddBeibeiRulesDecisionLog(log =>
            {
                log.Path = path;
                log.Facts = options.LogFacts;
            });
        }

        services.AddRouting();
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new Microsoft.OpenApi.OpenApiInfo
            {
                Title = "Beibei.Rules decision service",
                Version = "v1",
                Description = "Decisions, batches and timelines of the Chongqing (CQ-136) and Beibei (BB-LETTER) rules of November 2022.",
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Builds the pipeline: problem details for failures and bare status codes, then the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns><paramref name="app"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static IApplicationBuilder UseBeibeiRulesServer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapBeibeiRules();
            endpoints.MapBeibeiRulesHealth();
            endpoints.MapOpenApi();
        });
        return app;
    }
}
