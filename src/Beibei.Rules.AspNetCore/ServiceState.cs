using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Beibei.Rules.AspNetCore;

/// <summary>What the endpoints share, resolved once when they are mapped.</summary>
internal sealed class ServiceState
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IServiceProvider, ServiceState> States = [];

    private ServiceState(IServiceProvider services)
    {
        var rules = services.GetService<IRulesService>()
            ?? throw new InvalidOperationException("MapBeibeiRules needs IRulesService: call services.AddBeibeiRules() first.");
        Deciders = new Deciders(rules);
        Clock = services.GetRequiredService<IClock>();
        Metrics = new ServiceMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        Log = services.GetService<DecisionLog>();
        Settings = services.GetService<IOptions<BeibeiRulesServiceOptions>>()?.Value ?? new BeibeiRulesServiceOptions();
        Lifetime = services.GetService<IHostApplicationLifetime>();
        Policy = rules.Policy;
        Identity = new Evaluator(rules.Policy, rules.Options).Identity;
    }

    /// <summary>The policy the service decides under (the host's <see cref="IRulesService.Policy"/>).</summary>
    public Policy Policy { get; }

    public static ServiceState Of(IServiceProvider services) => States.GetValue(services, s => new ServiceState(s));

    public Deciders Deciders { get; }

    public IClock Clock { get; }

    public ServiceMetrics Metrics { get; }

    public DecisionLog? Log { get; }

    public BeibeiRulesServiceOptions Settings { get; }

    public IHostApplicationLifetime? Lifetime { get; }

    public PolicyIdentity Identity { get; }
}
