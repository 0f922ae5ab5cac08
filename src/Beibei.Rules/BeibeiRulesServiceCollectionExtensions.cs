using Beibei.Rules.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Beibei.Rules;

/// <summary>Registers Beibei.Rules with a service collection.</summary>
public static class BeibeiRulesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IRulesService"/> deciding under <c>Policy.Chongqing2022</c> (registered as
    /// <see cref="Policy"/> unless the host registered one) with the catalogue's default options, and NodaTime's system clock as
    /// <see cref="IClock"/> unless the host registered one. Only <c>TryAdd*</c> is used: calling it twice registers once.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddBeibeiRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Register(services, new PolicyOptions());
    }

    /// <summary>Registers <see cref="IRulesService"/> with options set by <paramref name="configure"/>, and NodaTime's system
    /// clock as <see cref="IClock"/> unless the host registered one. Only <c>TryAdd*</c> is used: calling it twice
    /// registers once (the first options win).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, starting from the catalogue's defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddBeibeiRules(this IServiceCollection services, Action<PolicyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PolicyOptions();
        configure(options);
        return Register(services, options);
    }

    /// <summary>Registers <see cref="IRulesService"/> deciding under <paramref name="policy"/> (a policy of its own, or
    /// <c>Policy.Chongqing2022</c> with a layer on top) with options set by <paramref name="configure"/>, and NodaTime's
    /// system clock as <see cref="IClock"/> unless the host registered one. Only <c>TryAdd*</c> is used: calling it twice
    /// registers once (the first policy and options win).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="policy">The policy, registered as <see cref="Policy"/> too.</param>
    /// <param name="configure">Sets the options, starting from the catalogue's defaults; none when null.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="policy"/> is null.</exception>
    public static IServiceCollection AddBeibeiRules(this IServiceCollection services, Policy policy, Action<PolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(policy);
        var options = new PolicyOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(policy);
        return Register(services, options);
    }

    private static IServiceCollection Register(IServiceCollection services, PolicyOptions options)
    {
        services.TryAddSingleton(options.Snapshot());
        services.TryAddSingleton(Policy.Chongqing2022);

        // The one place the library names the system clock: a host that registered its own IClock keeps it.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton<IRulesService>(provider => new RulesService(
            (Policy)provider.GetService(typeof(Policy))!,
            (PolicyOptions)provider.GetService(typeof(PolicyOptions))!,
            (IClock)provider.GetService(typeof(IClock))!));
        return services;
    }
}
