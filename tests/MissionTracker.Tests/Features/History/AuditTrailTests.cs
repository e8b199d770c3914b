using System.Text.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Features.History;

public sealed class AuditTrailTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task EveryChangeIsRecordedWithOldAndNewValues()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var person = new Person { Name = "Audit Original" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            person.Name = "Audit Renamed";
            await db.SaveChangesAsync();
            db.People.Remove(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Person" && a.EntityId == HistoryService.Key(id)).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal([AuditAction.Added, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("system", e.Actor));
        var rename = JsonDocument.Parse(entries[1].Changes).RootElement.GetProperty("Name");
        Assert.Equal("Audit Original", rename.GetProperty("old").GetString());
        Assert.Equal("Audit Renamed", rename.GetProperty("new").GetString());
    }

    [Fact]
    public async Task AChangeThroughTheApiIsRecordedUnderItsKeyAndShownOnTheRecordsPage()
    {
        var client = await factory.CreateKeyedClientAsync();
        var source = await client.CreateSourceAsync("Audited through the API");

        var actor = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Source" && a.EntityId == HistoryService.Key(source)).Select(a => a.Actor).SingleAsync());
        Assert.StartsWith("api-key:test-", actor);
        var page = await factory.CreateClient().GetStringAsync($"/sources/{source}");
        Assert.Contains(actor, page);
        Assert.Contains("Audited through the API", page);
    }

    [Fact]
    public async Task ALongTextIsRecordedByLengthAndHashAndTheRecordsPageSaysSo()
    {
        var client = await factory.CreateKeyedClientAsync();
        var article = string.Concat(Enumerable.Repeat("The contingent stays in Baghdad. ", 100)).TrimEnd();
        var shortText = "Short enough to keep.";
        var source = await client.CreateSourceAsync("Long article", text: article);
        var person = await client.PostJsonAsync("/api/v1/people", new { name = shortText });

        var changes = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Source" && a.EntityId == HistoryService.Key(source)).Select(a => a.Changes).SingleAsync());
        var text = JsonDocument.Parse(changes).RootElement.GetProperty("Text").GetProperty("new");
        Assert.Equal(article.Length, text.GetProperty("length").GetInt32());
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(article)));
        Assert.Equal(sha256, text.GetProperty("sha256").GetString());
        Assert.DoesNotContain("Baghdad", changes);
        Assert.Equal("Long article", JsonDocument.Parse(changes).RootElement.GetProperty("Title").GetProperty("new").GetString());
        var personChanges = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Person" && a.EntityId == HistoryService.Key(person.GetProperty("id").GetInt32())).Select(a => a.Changes).SingleAsync());
        Assert.Contains(shortText, personChanges);

        var page = await factory.CreateClient().GetStringAsync($"/sources/{source}");
        Assert.Contains($"text of {article.Length:N0} characters, sha256 {sha256[..12]}", page);
    }

    [Fact]
    public async Task TheHistoryCannotBeChangedOrDeleted()
    {
        await factory.WithDbAsync(async db =>
        {
            db.People.Add(new Person { Name = "Audit Guard" });
            await db.SaveChangesAsync();
            return 0;
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
            entry.Actor = "someone else";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));
    }
}
