using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddBeibeiRules_RegistersAServiceThatDecidesNowByTheClock()
    {
        var clock = new FakeClock(T("2022-11-12T10:00:00+08:00"));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);

        services.AddBeibeiRules();
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<IRulesService>();
        var person = Person("yuzhong", Negative("2022-11-10T12:00:00+08:00", "2022-11-10T20:00:00+08:00"));

        Assert.Equal(Verdict.Allowed, rules.DecideNow(person, new EnterPublicPlace()).Value!.Verdict);
        clock.AdvanceHours(2);
        Assert.Equal(Verdict.Allowed, rules.DecideNow(person, new EnterPublicPlace()).Value!.Verdict);
        clock.Advance(Duration.Epsilon);
        var later = rules.DecideNow(person, new EnterPublicPlace()).Value!;
        Assert.Equal(Verdict.Denied, later.Verdict);
        Assert.Equal(T("2022-11-12T12:00:00+08:00") + Duration.Epsilon, later.At);
    }

    [Fact]
    public void AddBeibeiRules_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();

        services.AddBeibeiRules().AddBeibeiRules(o => o.ProofWindow = Duration.FromHours(24));

        Assert.Single(services, d => d.ServiceType == typeof(IRulesService));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(PolicyOptions));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(Duration.FromHours(48), provider.GetRequiredService<IRulesService>().Options.ProofWindow);
    }

    [Fact]
    public void AddBeibeiRules_WithoutAHostClock_RegistersTheSystemClock()
    {
        using var provider = new ServiceCollection().AddBeibeiRules().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddBeibeiRules_HostClockRegisteredAfterwards_IsNotReplacedByTryAdd()
    {
        var clock = new FakeClock(Noon12th);
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);

        services.AddBeibeiRules();

        Assert.Same(clock, services.BuildServiceProvider().GetRequiredService<IClock>());
    }

    [Fact]
    public void AddBeibeiRules_Configure_SetsTheOptions()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(T("2022-11-12T10:00:00+08:00")));
        services.AddBeibeiRules(o => o.ProofWindow = Duration.FromHours(24));
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<IRulesService>();
        var person = Person("yuzhong", Negative("2022-11-11T09:00:00+08:00", "2022-11-11T20:00:00+08:00"));

        Assert.Equal(Duration.FromHours(24), rules.Options.ProofWindow);
        Assert.Equal(Verdict.Denied, rules.DecideNow(person, new EnterPublicPlace()).Value!.Verdict);
        Assert.Equal(Verdict.Allowed, rules.Decide(person, new EnterPublicPlace(), T("2022-11-12T09:00:00+08:00")).Value!.Verdict);
        Assert.True(rules.Timeline(person, new EnterPublicPlace(), Noon12th, Noon12th).IsValid);
    }

    [Fact]
    public void AddBeibeiRules_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("services", () => BeibeiRulesServiceCollectionExtensions.AddBeibeiRules(null!));
        Assert.Throws<ArgumentNullException>("services", () => BeibeiRulesServiceCollectionExtensions.AddBeibeiRules(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddBeibeiRules(null!));
        Assert.Throws<ArgumentNullException>("options", () => new RulesService(null!, new FakeClock(Noon12th)));
        Assert.Throws<ArgumentNullException>("clock", () => new RulesService(new PolicyOptions(), null!));

        // The overloads that take a policy of the host's own.
        Assert.Throws<ArgumentNullException>("services", () => BeibeiRulesServiceCollectionExtensions.AddBeibeiRules(null!, Policy.Chongqing2022));
        Assert.Throws<ArgumentNullException>("policy", () => new ServiceCollection().AddBeibeiRules((Policy)null!));
        Assert.Throws<ArgumentNullException>("policy", () => new RulesService(null!, new PolicyOptions(), new FakeClock(Noon12th)));
        Assert.Throws<ArgumentNullException>("options", () => new RulesService(Policy.Chongqing2022, null!, new FakeClock(Noon12th)));
        Assert.Throws<ArgumentNullException>("clock", () => new RulesService(Policy.Chongqing2022, new PolicyOptions(), null!));
    }

    [Fact]
    public void RulesService_BadInput_ReturnsErrorsNotExceptions()
    {
        var rules = new RulesService(new PolicyOptions(), new FakeClock(Noon12th));

        var result = rules.DecideNow(new PersonFacts { Region = "atlantis" }, null);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.Errors.Count);
    }
}
