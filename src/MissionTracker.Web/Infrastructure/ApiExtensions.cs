using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MissionTracker.Web.Infrastructure;

public static class ApiExtensions
{
    /// <summary>JSON (camelCase, enums as strings), ProblemDetails for every error, and the API's exception handler.</summary>
    public static WebApplicationBuilder AddMissionTrackerApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Swashbuckle describes schemas from MVC's options: the same enum converter makes them strings there too.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Malformed JSON and unbindable parameters reach the exception handler, which answers with a ProblemDetails that says why.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(TimeProvider.System);
        // Explicit request size limit (2 MB by default): larger bodies get a 413 ProblemDetails.
        var maxBody = builder.Configuration.GetValue<long>("MissionTracker:Limits:MaxRequestBodyBytes", 2 * 1024 * 1024);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        return builder;
    }

    /// <summary>
    /// True for <c>/api</c> requests, also while the exception handler runs (it has already pointed the request
    /// at <c>/Error</c>; the original path is in <see cref="IExceptionHandlerPathFeature"/>).
    /// </summary>
    public static bool IsApiRequest(this HttpContext context) =>
        (context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : context.Request.Path)
        .StartsWithSegments("/api");
}

/// <summary>Unhandled errors on <c>/api</c> become a ProblemDetails (no stack trace outside Development); pages fall through to <c>/Error</c>.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private static bool UnknownCharset(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.IsApiRequest())
        {
            return false;
        }
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            // The JSON reader refuses a body whose charset it cannot decode; the client sent the wrong media type.
            InvalidOperationException when UnknownCharset(httpContext.Request) => (StatusCodes.Status415UnsupportedMediaType, "Unsupported media type"),
            OperationCanceledException => (499, "Request cancelled"),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error"),
        };
        if (status >= 500)
        {
            // The request's own path: by now the handler has pointed the request at /Error.
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, path);
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = status < 500 || environment.IsDevelopment() ? exception.Message : "The error was logged; quote the traceId when reporting it.",
            },
        });
    }
}

public static class StatusCodePagesExtensions
{
    /// <summary>Empty 4xx/5xx answers become a ProblemDetails on <c>/api</c> and the friendly error page elsewhere.</summary>
    public static WebApplication UseMissionTrackerStatusCodePages(this WebApplication app)
    {
        app.UseWhen(c => c.IsApiRequest(), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.IsApiRequest(), web => web.UseStatusCodePagesWithReExecute("/Error", "?statusCode={0}"));
        return app;
    }
}
