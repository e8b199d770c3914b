using System.Net;
using System.Text.RegularExpressions;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Infrastructure;

/// <summary>Users and form posts for page tests: cookies are Secure, so the client talks "https" to the test server.</summary>
public static partial class SignedInClient
{
    public static HttpClient CreateBrowserLikeClient(this MissionTrackerFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>Creates a user in the role (unique e-mail per call) and returns the e-mail and generated password.</summary>
    public static async Task<(string Email, string Password)> CreateUserAsync(this MissionTrackerFactory factory, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var (result, password) = await UserAccounts.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), email, role);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return (email, password);
    }

    /// <summary>GETs the form page, then POSTs the fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? formUrl = null)
    {
        var page = await client.GetStringAsync(formUrl ?? url);
        var token = Token().Match(page);
        Assert.True(token.Success, "the form page has no antiforgery token");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static async Task<HttpClient> SignInAsync(this MissionTrackerFactory factory, string role)
    {
        var (email, password) = await factory.CreateUserAsync(role);
        var client = factory.CreateBrowserLikeClient();
        using var response = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
