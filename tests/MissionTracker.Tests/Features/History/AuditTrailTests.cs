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
    public async Task KeysOfRecordsAddedInTheSameSaveAreRecordedAsTheDatabaseAssignedThem()
    {
        // Through the API: the statement, its new speaker and its citation are added by one save on the writer's turn.
        var client = await factory.CreateKeyedClientAsync();
        var source = await client.CreateSourceAsync("Cited by a new statement");
        var statement = await client.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = "Audit Newly Named Speaker", saidOn = "2020-02-12", text = "Recorded with its real keys.", kind = "direct", sourceIds = new[] { source },
        });
        var statementId = statement.GetProperty("id").GetInt32();
        var speakerId = statement.GetProperty("speakerId").GetInt32();

        var (statementChanges, citationChanges) = await factory.WithDbAsync(async db =>
        {
            var citation = await db.Citations.AsNoTracking().SingleAsync(c => c.StatementId == statementId);
            return (await ChangesOf(db, "Statement", statementId), await ChangesOf(db, "Citation", citation.Id));
        });
        Assert.Equal(speakerId, statementChanges.GetProperty("SpeakerId").GetProperty("new").GetInt32());
        Assert.Equal(statementId, citationChanges.GetProperty("StatementId").GetProperty("new").GetInt32());

        // Through EF's own pipeline (the save also modifies a record): an existing person renamed, a new one cited.
        var (renamedId, addedId, citedId) = await factory.WithDbAsync(async db =>
        {
            var renamed = await db.People.SingleAsync(p => p.Id == speakerId);
            renamed.Name = "Audit Renamed Speaker";
            var added = new MissionTracker.Web.Features.Statements.Statement
            {
                Speaker = new Person { Name = "Audit Second New Speaker" }, SaidOn = new DateOnly(2020, 2, 13), Text = "Saved by EF.",
            };
            added.Citations.Add(new MissionTracker.Web.Data.Citation { SourceId = source });
            db.Statements.Add(added);
            await db.SaveChangesAsync();
            return (renamed.Id, added.Id, added.SpeakerId!.Value);
        });
        var (secondStatement, secondCitation) = await factory.WithDbAsync(async db =>
        {
            var citation = await db.Citations.AsNoTracking().SingleAsync(c => c.StatementId == addedId);
            return (await ChangesOf(db, "Statement", addedId), await ChangesOf(db, "Citation", citation.Id));
        });
        Assert.Equal(citedId, secondStatement.GetProperty("SpeakerId").GetProperty("new").GetInt32());
        Assert.Equal(addedId, secondCitation.GetProperty("StatementId").GetProperty("new").GetInt32());
        Assert.NotEqual(renamedId, citedId);
    }

    private static async Task<JsonElement> ChangesOf(MissionTracker.Web.Data.MissionTrackerDbContext db, string type, int id) =>
        JsonDocument.Parse(await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type && a.EntityId == HistoryService.Key(id) && a.Action == AuditAction.Added)
            .Select(a => a.Changes).SingleAsync()).RootElement;

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
