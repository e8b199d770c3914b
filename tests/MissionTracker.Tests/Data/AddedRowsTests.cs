using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Data;

/// <summary>A save that only adds rows is written without EF's update pipeline, with the same rows, keys and history.</summary>
public sealed class AddedRowsTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task NewRowsThatReferToEachOtherAreWrittenPrincipalsFirstWithTheirMadeKeys()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (statementId, speakerId, sourceId, missionIds, states) = await factory.WithDbAsync(async db =>
        {
            var missions = await db.Missions.OrderBy(m => m.Id).Take(2).ToListAsync();
            // A new speaker and a new source, both needed by the new statement before it can be written.
            var speaker = new Person { Name = $"Speaker {run}" };
            var source = new Source { Title = $"Source {run}", Outlet = "Tests", PublishedOn = new DateOnly(2020, 2, 12) };
            var statement = new Statement
            {
                Speaker = speaker,
                SaidOn = new DateOnly(2020, 2, 12),
                Text = $"Statement {run}: we will expand the mission.",
                Kind = StatementKind.Direct,
                Topics = ["expansion", "training"],
                Missions = missions,
                Citations = [new Citation { Source = source, SpanStart = 3, SpanEnd = 9 }],
            };
            db.Statements.Add(statement);
            Assert.NotNull(AddedRows.Plan(db.ChangeTracker));

            await db.SaveChangesAsync();

            return (statement.Id, speaker.Id, source.Id, missions.Select(m => m.Id).ToList(),
                db.ChangeTracker.Entries().Select(e => e.State).Distinct().ToList());
        });

        Assert.Equal([EntityState.Unchanged], states);
        Assert.All(new[] { statementId, speakerId, sourceId }, id => Assert.True(id > 0));
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Statements.AsNoTracking().Include(s => s.Missions).Include(s => s.Citations).Include(s => s.Speaker)
                .SingleAsync(s => s.Id == statementId);
            Assert.Equal($"Speaker {run}", stored.Speaker!.Name);
            Assert.Equal(speakerId, stored.SpeakerId);
            Assert.Equal(["expansion", "training"], stored.Topics);
            Assert.Equal(new DateOnly(2020, 2, 12), stored.SaidOn);
            Assert.Equal(1, stored.Version);
            Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
            Assert.True(DateTime.UtcNow - stored.CreatedAt < TimeSpan.FromMinutes(5));
            Assert.Equal(missionIds, stored.Missions.Select(m => m.Id).Order());
            var citation = Assert.Single(stored.Citations);
            Assert.Equal((sourceId, 3, 9), (citation.SourceId, citation.SpanStart!.Value, citation.SpanEnd!.Value));
            // The history names each new record by its real id.
            var history = await db.AuditEntries.AsNoTracking()
                .Where(a => (a.EntityType == nameof(Statement) && a.EntityId == statementId.ToString())
                    || (a.EntityType == nameof(Person) && a.EntityId == speakerId.ToString())
                    || (a.EntityType == nameof(Source) && a.EntityId == sourceId.ToString()))
                .ToListAsync();
            Assert.Equal([nameof(Person), nameof(Source), nameof(Statement)], history.Select(a => a.EntityType).Order());
            Assert.All(history, a => Assert.Equal((AuditAction.Added, "system"), (a.Action, a.Actor)));
            Assert.All(history, a => Assert.True(DateTime.UtcNow - a.At < TimeSpan.FromMinutes(5) && a.At.Kind == DateTimeKind.Utc));
            Assert.Contains($"Statement {run}", history.Single(a => a.EntityType == nameof(Statement)).Changes);
            // Full-text search finds it: the triggers ran for the rows written this way too.
            Assert.Equal(1, await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM \"StatementsFts\" WHERE \"StatementsFts\" MATCH {run}").SingleAsync());
            return 0;
        });
    }

    [Fact]
    public async Task AFailedInsertWritesNothingAndTheSameChangesCanBeSavedOnceMended()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await factory.WithDbAsync(async db =>
        {
            var first = new Mission { Slug = $"first-{run}", Name = $"First {run}", Kind = MissionKind.TrainingAdvisory };
            var second = new Mission { Slug = $"first-{run}", Name = $"Second {run}", Kind = MissionKind.TrainingAdvisory };
            db.Missions.AddRange(first, second);

            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            Assert.True(MissionTracker.Web.Data.Sqlite.SqliteDialect.IsConstraintViolation(failure));
            // The first row was inserted before the second failed: its key is temporary again, and its row is gone.
            Assert.True(db.Entry(first).Property(m => m.Id).IsTemporary);
            Assert.Equal(EntityState.Added, db.Entry(first).State);
            Assert.False(await db.Missions.AsNoTracking().AnyAsync(m => m.Name == $"First {run}"));

            second.Slug = $"second-{run}";
            await db.SaveChangesAsync();

            Assert.NotEqual(first.Id, second.Id);
            Assert.Equal([$"first-{run}", $"second-{run}"],
                await db.Missions.AsNoTracking().Where(m => m.Name.EndsWith(run)).OrderBy(m => m.Id).Select(m => m.Slug).ToListAsync());
            return 0;
        });
    }

    [Fact]
    public async Task SavesThatChangeRowsOrUseComplexTypesAreLeftToEf()
    {
        await factory.WithDbAsync(async db =>
        {
            var mission = await db.Missions.OrderBy(m => m.Id).FirstAsync();
            mission.Notes = "changed";
            db.Statements.Add(new Statement { SaidOn = new DateOnly(2020, 2, 12), Text = "x", Missions = [mission] });
            db.ChangeTracker.DetectChanges();
            Assert.Null(AddedRows.Plan(db.ChangeTracker));

            db.ChangeTracker.Clear();
            db.StrengthObservations.Add(new StrengthObservation { MissionId = mission.Id, ObservedOn = new DateOnly(2020, 2, 12) });
            Assert.Null(AddedRows.Plan(db.ChangeTracker));
            return 0;
        });
    }
}
