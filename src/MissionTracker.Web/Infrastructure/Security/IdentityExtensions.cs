using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.CommandLine;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MissionTracker.Web.Infrastructure.Security;

public static class IdentityExtensions
{
    /// <summary>Set <c>true</c> to make every page and endpoint (but sign-in, health and errors) require a signed-in user or a key.</summary>
    public const string RequireSignInSetting = "MissionTracker:RequireSignIn";

    /// <summary>
    /// ASP.NET Core Identity with the users and roles in <see cref="MissionTrackerDbContext"/>: cookie sign-in
    /// (Secure, HttpOnly, SameSite=Strict), lockout after repeated failures, and the security stamp checked on every
    /// request so that signing out (which renews the stamp) ends every copy of the session.
    /// </summary>
    public static WebApplicationBuilder AddMissionTrackerIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services
            .AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<MissionTrackerDbContext>()
            .AddDefaultTokenProviders();
        // AddIdentity makes its cookie the default for authenticating and challenging; put back the API's policy scheme,
        // which forwards to the API-key handler when X-Api-Key is sent and to this cookie otherwise.
        builder.Services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultAuthenticateScheme = SecurityExtensions.DefaultScheme;
            o.DefaultChallengeScheme = SecurityExtensions.DefaultScheme;
            o.DefaultForbidScheme = SecurityExtensions.DefaultScheme;
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "MissionTracker.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // The sign-in cookie is always Secure (browsers keep Secure cookies from http://localhost too); the antiforgery and
        // temp-data cookies carry no credential and follow the request, because antiforgery refuses to work at all on
        // plain HTTP with "Always" (the app runs plain HTTP behind a TLS-terminating proxy and in the browser tests).
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "MissionTracker.Antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton<IAdminCommand, CreateUserCommand>();
        return builder;
    }

    /// <summary>
    /// What the pages add to the authorization set up by <c>AddMissionTrackerSecurity</c> (which defines the policies of
    /// <see cref="Policies"/>, once, for cookies and API keys alike): the optional sign-in requirement (the pages' own rules are in <c>AddMissionTrackerPages</c>).
    /// </summary>
    public static WebApplicationBuilder AddMissionTrackerAuthorization(this WebApplicationBuilder builder)
    {
        // Read when the options are built, so that settings added late (tests, environment) count.
        builder.Services.AddOptions<AuthorizationOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            if (configuration.GetValue(RequireSignInSetting, false))
            {
                o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        return builder;
    }
}
