using Beibei.Rules.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace Beibei.Rules.Tests.Service;

/// <summary>The decision service as <c>beibei-rules serve</c> composes it (<see cref="BeibeiRulesServer"/>), in memory,
/// with a fake clock and, when asked, configuration and a decision log.</summary>
public sealed class ServiceFactory : WebApplicationFactory<ServiceFactory>
{
    private readonly Dictionary<string, string?> settings;
    private readonly BeibeiRulesServerOptions server;

    public ServiceFactory()
        : this(new Dictionary<string, string?>(), new BeibeiRulesServerOptions())
    {
    }

    internal ServiceFactory(Dictionary<string, string?> settings, BeibeiRulesServerOptions server)
    {
        this.settings = settings;
        this.server = server;
    }

    /// <summary>The server's clock: 12 November 2022, 10:00 in Chongqing, inside the policy period.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2022, 11, 12, 2, 0));

    protected override IHostBuilder CreateHostBuilder() => Host.CreateDefaultBuilder()
        .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings))
        .ConfigureWebHost(web => web
            .ConfigureServices((context, services) => services.AddBeibeiRulesServer(context.Configuration.GetSection("BeibeiRules"), server))
            .Configure(app => app.UseBeibeiRulesServer()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }
}
