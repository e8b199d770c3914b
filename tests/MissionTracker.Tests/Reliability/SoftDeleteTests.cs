using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Reliability;

public sealed class SoftDeleteTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private async Task<(int Code, string Output)> UndeleteAsync(params string[] arguments)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new StringWriter();
        var code = await new UndeleteCommand().RunAsync(scope.ServiceProvider, arguments, output, default);
        return (code, output.ToString());
    }

    private Task<List<AuditAction>> HistoryAsync(string type, int id) => factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
        .Where(a => a.EntityType == type && a.EntityId == HistoryService.Key(id)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    [Fact]
    public async Task ADeletedStatementDisappearsIsInTheHistoryAndAnAdminCanRestoreIt()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var text = "Soft delete " + Guid.NewGuid().ToString("N");
        var id = (await client.PostJsonAsync("/api/v1/statements", new { speakerName = "Jens Stoltenberg", saidOn = "2020-02-12", text, kind = "direct", sourceIds = new[] { sourceId } }))
            .GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/statements/{id}")).StatusCode);

        await (await client.GetAsync($"/api/v1/statements/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await client.GetJsonAsync($"/api/v1/statements?q={text}")).Items());
        Assert.Equal([AuditAction.Added, AuditAction.Deleted], await HistoryAsync("Statement", id));
        Assert.Contains($"statement {id} deleted at", (await UndeleteAsync()).Output);

        Assert.Equal(0, (await UndeleteAsync("statement", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Code);

        var restored = await client.GetJsonAsync($"/api/v1/statements/{id}");
        Assert.Equal(text, restored.GetProperty("text").GetString());
        Assert.Single((await client.GetJsonAsync($"/api/v1/statements?q={text}")).Items());
        Assert.Equal([AuditAction.Added, AuditAction.Deleted, AuditAction.Restored], await HistoryAsync("Statement", id));
    }

    [Fact]
    public async Task DeletedSourcesAndObservationsCanBeRestoredToo()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync("Soft source " + Guid.NewGuid());
        var slug = await client.CreateMissionAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/strength-observations",
            new { mission = slug, observedOn = "2020-02-12", count = 500, sourceIds = new[] { sourceId } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var observationId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/strength-observations/{observationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/sources/{sourceId}")).StatusCode);
        await (await client.GetAsync($"/api/v1/sources/{sourceId}")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(0, (await UndeleteAsync("source", sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Code);
        Assert.Equal(0, (await UndeleteAsync("observation", observationId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Code);

        await client.GetJsonAsync($"/api/v1/sources/{sourceId}");
        await client.GetJsonAsync($"/api/v1/strength-observations/{observationId}");
        Assert.Equal(1, (await UndeleteAsync("observation", "999999")).Code);
    }

    [Fact]
    public async Task TheHistoryCannotBeRewrittenByUpdateOrDeleteEvenBehindTheContextsBack()
    {
        var client = await factory.CreateKeyedClientAsync();
        await client.CreateSourceAsync();

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => factory.WithDbAsync(db =>
            db.AuditEntries.ExecuteUpdateAsync(a => a.SetProperty(e => e.Actor, "forged"))));
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => factory.WithDbAsync(db =>
            db.AuditEntries.ExecuteDeleteAsync()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            return await db.SaveChangesAsync();
        }));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == "forged")));
    }
}
