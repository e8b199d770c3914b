using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.CommandLine;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Pages;

public sealed class SignInTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task AnonymousVisitorsCanBrowse()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/missions/nmi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SigningInSetsASecureHttpOnlyStrictCookieAndShowsTheUser()
    {
        var (email, password) = await factory.CreateUserAsync(Roles.Editor);
        var client = factory.CreateBrowserLikeClient();
        using var response = await client.PostFormAsync("/account/login", Credentials(email, password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-MissionTracker.Auth=", StringComparison.Ordinal) && !c.StartsWith("__Host-MissionTracker.Auth=;", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(email, await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount()
    {
        var (email, password) = await factory.CreateUserAsync(Roles.Viewer);
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostFormAsync("/account/login", Credentials(email, "wrong-password-123"));
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        using var locked = await client.PostFormAsync("/account/login", Credentials(email, password));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SigningOutEndsTheSessionEvenForACopiedCookie()
    {
        var client = await factory.SignInAsync(Roles.Editor);
        var copy = factory.CreateBrowserLikeClient();
        var authCookie = (await client.GetAsync("/")).RequestMessage!.Headers.GetValues("Cookie").Single();
        copy.DefaultRequestHeaders.Add("Cookie", authCookie);
        Assert.Contains("Sign out", await copy.GetStringAsync("/"));

        using var logout = await client.PostFormAsync("/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.DoesNotContain("Sign out", await copy.GetStringAsync("/"));
    }

    [Fact]
    public async Task TheCreateUserCommandPrintsAPasswordThatSignsIn()
    {
        var command = factory.Services.GetServices<IAdminCommand>().Single(c => c.Name == "create-user");
        var email = $"cli-{Guid.NewGuid():N}@example.org";
        using var output = new StringWriter();
        await using var scope = factory.Services.CreateAsyncScope();

        var exit = await command.RunAsync(scope.ServiceProvider, [email, "--role", "Admin"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        var password = output.ToString().Trim().Split(' ')[^1];
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, password));
        Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
    }

    [Fact]
    public async Task OnlyAdminsManageUsers()
    {
        using var anonymous = await factory.CreateBrowserLikeClient().GetAsync("/admin/users");
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.PathAndQuery);
        var editor = await factory.SignInAsync(Roles.Editor);
        using var denied = await editor.GetAsync("/admin/users");
        Assert.StartsWith("/account/access-denied", denied.Headers.Location?.PathAndQuery);

        var admin = await factory.SignInAsync(Roles.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.org";
        using var created = await admin.PostFormAsync("/admin/users?handler=Create",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = Roles.Viewer }, "/admin/users");
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("shown this once", html);
        Assert.Contains(email, await admin.GetStringAsync("/admin/users"));
    }

    [Fact]
    public async Task ARoleChangeForAnUnknownUserOrRoleSaysNothingChanged()
    {
        var admin = await factory.SignInAsync(Roles.Admin);
        using var unknownUser = await admin.PostFormAsync("/admin/users?handler=Role&id=no-such-user", new Dictionary<string, string> { ["role"] = Roles.Admin }, "/admin/users");
        Assert.Equal("/admin/users", unknownUser.Headers.Location?.OriginalString);
        Assert.Contains("Nothing changed: pick a user from this list", await admin.GetStringAsync("/admin/users"));

        using var unlock = await admin.PostFormAsync("/admin/users?handler=Unlock&id=no-such-user", new Dictionary<string, string>(), "/admin/users");
        Assert.Contains("Nothing changed: that user is not on this list any more.", await admin.GetStringAsync("/admin/users"));
    }

    [Fact]
    public async Task TheCreateUserCommandRefusesAnUnknownRole()
    {
        var command = factory.Services.GetServices<IAdminCommand>().Single(c => c.Name == "create-user");
        using var output = new StringWriter();
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(2, await command.RunAsync(scope.ServiceProvider, ["x@example.org", "--role", "Boss"], output, CancellationToken.None));
        Assert.Contains("Usage", output.ToString());
    }
}

public sealed class RequireSignInFactory : MissionTrackerFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { [Policies.RequireSignInSetting] = "true" };
}

public sealed class RequireSignInTests(RequireSignInFactory factory) : IClassFixture<RequireSignInFactory>
{
    [Fact]
    public async Task WithTheSettingAnonymousVisitorsAreSentToSignIn()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
        using var login = await factory.CreateBrowserLikeClient().GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        using var health = await factory.CreateBrowserLikeClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
