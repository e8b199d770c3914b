using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Infrastructure.Security.ApiKeys;

/// <summary>
/// The "ApiKey" scheme: a valid <c>X-Api-Key</c> becomes a principal named <c>api-key:NAME</c> with a
/// <see cref="Policies.ScopeClaim"/> of read or write. No header: no result (anonymous); a bad key: failure (401).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.ToString() is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }
        var found = await keys.AuthenticateAsync(key.Trim(), Context.RequestAborted);
        if (found is null)
        {
            Logger.LogInformation("Rejected an unknown or revoked API key on {Path}", Request.Path);
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"api-key:{found.Name}"),
            new Claim(Policies.ScopeClaim, found.Scope.ToString().ToLowerInvariant()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
