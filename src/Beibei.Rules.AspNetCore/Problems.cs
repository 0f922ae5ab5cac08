using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Serialization;
using Microsoft.AspNetCore.Http;

namespace Beibei.Rules.AspNetCore;

/// <summary>Writes RFC 9457 problem details (<c>application/problem+json</c>) with an <c>errors</c> extension holding
/// <c>{code, field, message}</c> as the command-line tool does. Only the input's own problems are told, never an
/// exception's message or a stack trace.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<InputError> Of(IReadOnlyList<CasebookError> errors) =>
        [.. errors.Select(e => new InputError(e.Code, e.Field, e.Message))];

    /// <summary>The language of the messages: Chinese when Accept-Language starts with zh, else English.</summary>
    public static string LanguageOf(HttpContext context) =>
        context.Request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";

    /// <summary>The errors with their messages in <paramref name="language"/>; codes and fields never change.</summary>
    public static IReadOnlyList<InputError> Localize(IReadOnlyList<InputError> errors, string language) =>
        language == "en" ? errors : [.. errors.Select(e => e with { Message = e.MessageIn(language) })];

    public static Task WriteAsync(HttpContext context, int status, IReadOnlyList<InputError> errors)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        using var json = new Utf8JsonWriter(response.BodyWriter, Writing);
        json.WriteStartObject();
        json.WriteString("type", "https://github.com/beibei-rules/beibei-rules/blob/main/README.md#errors-over-http");
        json.WriteString("title", status switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
            _ => "The request is not valid.",
        });
        json.WriteNumber("status", status);

        errors = Localize(errors, LanguageOf(context));

        if (errors.Count > 0)
        {
            json.WriteString("detail", errors[0].Message);
        }

        json.WritePropertyName("errors");
        JsonSerializer.Serialize(json, errors, BeibeiRulesJson.Options);
        json.WriteEndObject();
        json.Flush();
        return Task.CompletedTask;
    }
}
