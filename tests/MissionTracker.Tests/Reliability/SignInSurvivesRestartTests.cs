using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;

namespace MissionTracker.Tests.Reliability;

public sealed class SignInSurvivesRestartTests
{
    /// <summary>A second app on the same data folder: a restart, as far as data protection is concerned.</summary>
    private sealed class SameFolderFactory(string dataDirectory) : MissionTrackerFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["MissionTracker:DataDirectory"] = dataDirectory,
            ["ConnectionStrings:MissionTracker"] = $"Data Source={Path.Combine(dataDirectory, "missiontracker.db")}",
        };
    }

    [Fact]
    public async Task ASignInCookieIssuedBeforeARestartIsStillValidAfterIt()
    {
        string cookie;
        string folder;
        using (var before = new MissionTrackerFactory())
        {
            using var client = await before.SignInAsync(Roles.Admin);
            folder = before.DataDirectory;
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys"), "key-*.xml"));
            using var page = await client.GetAsync("/admin/users");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            cookie = string.Join("; ", (await client.GetAsync("/admin/users")).RequestMessage!.Headers.GetValues("Cookie"));
            // The factory deletes its folder on dispose; keep a copy of the keys and database for the "restart".
            CopyFolder(folder, folder + "-kept");
        }

        using var after = new SameFolderFactory(folder + "-kept");
        using var restarted = after.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
        request.Headers.Add("Cookie", cookie);
        using var response = await restarted.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentHstsAsksForAtLeastAYear()
    {
        using var factory = new MissionTrackerFactory();
        using var client = factory.CreateBrowserLikeClient();
        // The HSTS middleware leaves localhost alone; a real host name gets the header.
        using var response = await client.GetAsync("https://missiontracker.example/");
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = int.Parse(hsts.Split(';')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
