using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>What would lift a denial.</summary>
[JsonConverter(typeof(PolicyWordConverter<RemedyKind>))]
public enum RemedyKind
{
    /// <summary><c>remedy.test</c>: obtain a negative result of a new test.</summary>
    Test,

    /// <summary><c>remedy.report</c>: report to the destination community or unit.</summary>
    Report,

    /// <summary><c>remedy.essential-purpose</c>: only an essential trip may go.</summary>
    EssentialPurpose,

    /// <summary><c>remedy.wait</c>: the denying clause's restriction ends by itself at a known instant.</summary>
    Wait,

    /// <summary><c>remedy.await-result</c>: the result of a test already sampled and still pending could lift the denial
    /// if negative (offered instead of <see cref="Test"/>).</summary>
    AwaitResult,

    /// <summary><c>remedy.postpone</c>: hold the wedding after the policy ends (喜事缓办).</summary>
    Postpone,
}
