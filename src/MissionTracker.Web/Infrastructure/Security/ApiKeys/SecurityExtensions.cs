using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MissionTracker.Web.Infrastructure.CommandLine;

namespace MissionTracker.Web.Infrastructure.Security.ApiKeys;

public static class SecurityExtensions
{
    /// <summary>The default scheme: picks ApiKey when the request carries <c>X-Api-Key</c>, otherwise the sign-in cookie when one is registered.</summary>
    public const string DefaultScheme = "MissionTracker";

    /// <summary>
    /// Authentication (API keys now; a cookie scheme added later is picked up by the default policy scheme),
    /// the authorization policies of <see cref="Policies"/>, and the API-key admin commands.
    /// </summary>
    public static WebApplicationBuilder AddMissionTrackerSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ApiKeyService>();
        services.AddSingleton<VerifiedApiKeys>();
        services.AddSingleton<CredentialThrottle>();
        services.AddSingleton<IAdminCommand, CreateApiKeyCommand>();
        services.AddSingleton<IAdminCommand, ListApiKeysCommand>();
        services.AddSingleton<IAdminCommand, RevokeApiKeyCommand>();
        services.AddSingleton<SignInScheme>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();

        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "API key or sign-in", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : context.RequestServices.GetRequiredService<SignInScheme>().Name ?? ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        // ASP.NET Identity makes its cookie the default scheme when it is added; whatever the order, the default stays
        // the policy scheme above, which forwards to the cookie when no key is sent.
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = DefaultScheme;
            o.DefaultAuthenticateScheme = DefaultScheme;
            o.DefaultChallengeScheme = DefaultScheme;
            o.DefaultForbidScheme = DefaultScheme;
        });
        return builder;
    }

    /// <summary>Refuses keys in query strings (they end up in logs and histories), then authenticates and authorizes.</summary>
    public static WebApplication UseMissionTrackerSecurity(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.IsApiRequest() && context.Request.Query.Keys.Any(k =>
                    k.Equals("api_key", StringComparison.OrdinalIgnoreCase) || k.Equals("apiKey", StringComparison.OrdinalIgnoreCase)))
            {
                await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "API keys never go in the query string",
                    $"Send the key in the {ApiKeyAuthenticationHandler.HeaderName} header, and revoke the key you just sent: it may have been logged.");
                return;
            }
            var keySent = context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);
            var throttle = context.RequestServices.GetRequiredService<CredentialThrottle>();
            if (keySent && throttle.IsBlocked(context.Connection.RemoteIpAddress, out var wait))
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, "Too many failed API keys",
                    "Too many wrong API keys came from this address; wait a minute before trying again.");
                return;
            }
            await next(context);
        });
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            // A key that was sent and did not authenticate counts towards the address's failures.
            if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) && context.User.Identity?.IsAuthenticated != true)
            {
                context.RequestServices.GetRequiredService<CredentialThrottle>().RecordFailure(context.Connection.RemoteIpAddress);
            }
            await next(context);
        });
        app.UseAuthorization();
        return app;
    }

    internal static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

/// <summary>The cookie scheme the web front door registers (ASP.NET Identity's when present), found once; null when there is none.</summary>
internal sealed class SignInScheme(IOptions<AuthenticationOptions> options)
{
    private readonly Lazy<string?> _name = new(() =>
    {
        var cookies = options.Value.Schemes
            .Where(s => s.HandlerType is not null && typeof(CookieAuthenticationHandler).IsAssignableFrom(s.HandlerType))
            .Select(s => s.Name)
            .ToList();
        return cookies.Contains("Identity.Application") ? "Identity.Application" : cookies.FirstOrDefault();
    });

    public string? Name => _name.Value;
}

/// <summary>
/// On <c>/api</c>, a refused request is a 401 or 403 ProblemDetails rather than a redirect to a sign-in page,
/// and a key that was sent but is not valid is a 401 even where reads are anonymous.
/// </summary>
internal sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.IsApiRequest())
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var keySent = context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);
        var authenticated = context.User.Identity?.IsAuthenticated == true;
        if (authorizeResult.Challenged || (keySent && !authenticated))
        {
            context.Response.Headers.WWWAuthenticate = $"{ApiKeyAuthenticationHandler.SchemeName} header=\"{ApiKeyAuthenticationHandler.HeaderName}\"";
            await SecurityExtensions.WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized",
                keySent ? "The API key is not valid or has been revoked." : $"This needs an API key in the {ApiKeyAuthenticationHandler.HeaderName} header.");
            return;
        }
        if (authorizeResult.Forbidden)
        {
            await SecurityExtensions.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
                "This API key may only read; changes need a key of write scope.");
            return;
        }
        await next(context);
    }
}
