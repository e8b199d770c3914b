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

    /// <summary>
    /// GETs a form page and POSTs its record form as a browser would (every field as the page filled it), after
    /// <paramref name="edit"/> changes some of them.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitPageFormAsync(this HttpClient client, string url, Action<List<KeyValuePair<string, string>>>? edit = null)
    {
        var page = await client.GetStringAsync(url);
        var form = RecordForm().Match(page);
        Assert.True(form.Success, "the page has no record form");
        var fields = FormFields(form.Value);
        edit?.Invoke(fields);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The name and value of each field a browser would send for <paramref name="form"/>.</summary>
    public static List<KeyValuePair<string, string>> FormFields(string form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var attributes = Attributes(input.Value);
            if (!attributes.TryGetValue("name", out var name) || attributes.GetValueOrDefault("type") is "submit" or "button"
                || (attributes.GetValueOrDefault("type") is "checkbox" or "radio" && !attributes.ContainsKey("checked")))
            {
                continue;
            }
            fields.Add(new(name, attributes.GetValueOrDefault("value") ?? (attributes.GetValueOrDefault("type") == "checkbox" ? "on" : "")));
        }
        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add(new(Attributes(area.Groups[1].Value)["name"], WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\n'))));
        }
        foreach (Match select in Select().Matches(form))
        {
            var name = Attributes(select.Groups[1].Value)["name"];
            fields.AddRange(Option().Matches(select.Groups[2].Value).Select(o => Attributes(o.Value)).Where(o => o.ContainsKey("selected"))
                .Select(o => new KeyValuePair<string, string>(name, o.GetValueOrDefault("value") ?? "")));
        }
        return fields;
    }

    public static void Set(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).GroupBy(a => a.Groups[1].Value).ToDictionary(a => a.Key, a => WebUtility.HtmlDecode(a.First().Groups[2].Value));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<form method=\"post\" class=\"stacked panel\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex RecordForm();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("([a-zA-Z][\\w-]*)(?:=\"([^\"]*)\")?")]
    private static partial Regex Attribute();
}
