using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace MissionTracker.Web.Infrastructure.Security;

/// <summary>
/// Who may do what. Signed-in users carry roles (<see cref="Roles"/>); API keys carry a <see cref="ScopeClaim"/>.
/// Pages and endpoints ask for a policy, never for a role or scope directly.
/// </summary>
public static class Policies
{
    /// <summary>Browse and read (anonymous unless a setting requires sign-in or a key).</summary>
    public const string Read = "read";
    /// <summary>Create, edit and delete records: the Editor or Admin role, or an API key of write scope.</summary>
    public const string Write = "write";
    /// <summary>Manage users and API keys: the Admin role.</summary>
    public const string Admin = "admin";

    public const string ScopeClaim = "missiontracker:scope";

    public const string RequireKeyForReadsSetting = "MissionTracker:Api:RequireKeyForReads";
    public const string RequireSignInSetting = "MissionTracker:RequireSignIn";

    /// <summary>
    /// The one definition of the policies, for every way in (API keys and sign-in cookies alike). Reads are anonymous
    /// unless <c>MissionTracker:RequireSignIn</c> (everything) or <c>MissionTracker:Api:RequireKeyForReads</c> (the API) says otherwise.
    /// </summary>
    public static void AddMissionTrackerPolicies(this AuthorizationOptions options, IConfiguration configuration)
    {
        var requireSignIn = configuration.GetValue(RequireSignInSetting, false);
        var requireKeyForReads = configuration.GetValue(RequireKeyForReadsSetting, false);
        options.AddPolicy(Read, p => p.RequireAssertion(c => c.User.Identity?.IsAuthenticated == true ||
            !(requireSignIn || (requireKeyForReads && c.Resource is HttpContext http && http.IsApiRequest()))));
        options.AddPolicy(Write, p => p.RequireAssertion(c =>
            c.User.IsInRole(Roles.Editor) || c.User.IsInRole(Roles.Admin) || c.User.HasClaim(ScopeClaim, "write")));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        if (requireSignIn)
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        }
    }
}

public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Editor, Admin];
}

public static class ActorExtensions
{
    /// <summary>The name the history records for a change: the user's e-mail or <c>api-key:NAME</c>; "system" outside a request.</summary>
    public static string ActorName(this ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
}
