using System.Globalization;
using Beibei.Rules.Casebook;
using Beibei.Rules.Engine;
using Beibei.Rules.Serialization;
using Beibei.Rules.Validation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Beibei.Rules.AspNetCore;

/// <summary>Registers the decision service's parts: options from configuration, the decision log.</summary>
public static class BeibeiRulesAspNetCoreServiceCollectionExtensions
{
    /// <summary>The key of the service's batch limit inside the configuration section (beside the policy's parameters).</summary>
    public const string MaxBatchItemsKey = "max-batch-items";

    /// <summary>Registers <see cref="IRulesService"/> (as <c>AddBeibeiRules()</c> does) with options read from
    /// <paramref name="configuration"/>: each key a parameter's name (<c>proof-window</c>, <c>advice</c>, ...) with its value
    /// as a casebook writes it (<c>48h</c>, <c>inform</c>), plus <c>max-batch-items</c>; so <c>appsettings.json</c> and
    /// environment variables (<c>BeibeiRules__proof-window=72h</c>) work. The options are validated when the host starts
    /// (<c>ValidateOnStart</c>): a bad value stops it with the parameter's name and the catalogue's code. Also puts
    /// <see cref="BeibeiRulesJson.TypeInfoResolver"/> first in the host's JSON options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("BeibeiRules")</c>.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddBeibeiRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // The section is read for the host's policy, so that the parameters its layers declare are configured like the
        // catalogue's.
        services.AddOptions<PolicyOptions>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                var policy = PolicyOf(provider);
                if (Read(configuration, policy).Options is { } read)
                {
                    foreach (var parameter in policy.Parameters)
                    {
                        parameter.TrySet(options, parameter.GetValue(read));
                    }
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PolicyOptions>>(provider => new ConfiguredOptionsValidator(configuration, PolicyOf(provider)));
        services.AddOptions<BeibeiRulesServiceOptions>()
            .Configure(options =>
            {
                if (int.TryParse(configuration[MaxBatchItemsKey], NumberStyles.None, CultureInfo.InvariantCulture, out var most))
                {
                    options.MaxBatchItems = most;
                }
            })
            .Validate(
                options => configuration[MaxBatchItemsKey] is null || int.TryParse(configuration[MaxBatchItemsKey], NumberStyles.None, CultureInfo.InvariantCulture, out _),
                $"{MaxBatchItemsKey} must be a whole number (value.unknown).")
            .Validate(
                options => options.MaxBatchItems is >= 1 and <= CaseRequestReader.MaxBatchItems,
                $"{MaxBatchItemsKey} must be from 1 to {CaseRequestReader.MaxBatchItems} (value.out-of-range).")
            .ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<PolicyOptions>>().Value.Snapshot());
        services.Configure<JsonOptions>(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, BeibeiRulesJson.TypeInfoResolver));
        return services.AddBeibeiRules();
    }

    /// <summary>Writes one JSON line per decision to a file (<see cref="DecisionLogOptions"/>), off the request path,
    /// flushed on graceful shutdown. Needs a host (<c>IHostedService</c>); <c>MapBeibeiRules</c> finds it.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the path and how much of each request is kept.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddBeibeiRulesDecisionLog(this IServiceCollection services, Action<DecisionLogOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DecisionLogOptions>()
            .Configure(configure)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "The decision log needs a file path.")
            .Validate(options => Enum.IsDefined(options.Facts), "The decision log's facts must be full, digest or none.")
            .ValidateOnStart();
        services.TryAddSingleton<DecisionLog>();
        services.AddHostedService(provider => provider.GetRequiredService<DecisionLog>());
        return services;
    }

    private static Policy PolicyOf(IServiceProvider provider) => provider.GetService<Policy>() ?? Policy.Chongqing2022;

    private static OptionsReadResult Read(IConfiguration configuration, Policy policy) =>
        CasebookReader.ReadOptions(
            configuration.GetChildren().Where(c => c.Key != MaxBatchItemsKey).Select(c => new KeyValuePair<string, string?>(c.Key, c.Value)),
            configuration is IConfigurationSection section ? section.Path : "configuration",
            policy);

    /// <summary>Fails start-up with every bad value of the section, each with its parameter and code.</summary>
    private sealed class ConfiguredOptionsValidator(IConfiguration configuration, Policy policy) : IValidateOptions<PolicyOptions>
    {
        private readonly PolicyOptionsValidator rules = new(policy);

        public ValidateOptionsResult Validate(string? name, PolicyOptions options)
        {
            var read = Read(configuration, policy);
            // Named as configuration names them: BeibeiRules:proof-window.
            var section = configuration is IConfigurationSection named ? named.Path + ":" : string.Empty;
            var failures = read.Errors.Select(e => $"{section}{(e.Field.StartsWith("options.", StringComparison.Ordinal) ? e.Field["options.".Length..] : e.Field)}: {e.Message} ({e.Code})")
                .Concat(read.Options is null ? [] : rules.Validate(options).Errors.Select(e => $"{section}{e.PropertyName}: {e.ErrorMessage} ({e.ErrorCode})"))
                .ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
