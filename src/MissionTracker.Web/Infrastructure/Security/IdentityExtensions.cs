using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.CommandLine;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MissionTracker.Web.Infrastructure.Security;

public static class IdentityExtensions
{
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
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            // __Host-: Secure, path /, no domain — the browser refuses it from any other site or subdomain.
            o.Cookie.Name = "__Host-MissionTracker.Auth";
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
    /// The policies of <see cref="Policies"/> (defined once, in <see cref="Policies.AddMissionTrackerPolicies"/>, for
    /// cookies and API keys alike), read when the options are built so that settings added late (tests, environment) count.
    /// </summary>
    public static WebApplicationBuilder AddMissionTrackerAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthorizationOptions>().Configure<IConfiguration>((o, configuration) => o.AddMissionTrackerPolicies(configuration));
        builder.Services.AddAuthorization();
        return builder;
    }
}
