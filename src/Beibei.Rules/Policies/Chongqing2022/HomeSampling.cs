using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>Tests sampled at home (上门采样, NHC-9): under home isolation or in a high-risk area the person does not go out
/// to be tested, so the test duties of <c>cq.daily-test</c>, <c>cq.land-and-test</c> and <c>cq.home-isolation</c> say
/// that the sample is taken at home.</summary>
internal static class HomeSampling
{
    /// <summary>Whether the person's tests are sampled at home at the context's instant: a home isolation or a high-risk
    /// control area holds.</summary>
    public static bool Applies(ClauseContext context) =>
        HomeIsolation.HoldsAt(context, out _)
        || (context.Facts.ControlArea is { Level: ControlLevel.High } area && !(context.At >= area.Until));

    /// <summary>The same duty, described as sampled at home.</summary>
    public static Duty AtHome(Duty duty) => duty with
    {
        Description = new LocalizedText(
            duty.Description.En + " The sample is taken at home: wait for the door-to-door sampling.",
            duty.Description.Zh + "由工作人员上门采样，请居家等候。"),
    };
}
