using System.Diagnostics;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Seeding;

/// <summary>How much synthetic data to make; everything but statements scales from the statement count.</summary>
public sealed record SyntheticDataSize(int Statements, int Seed = 20200212)
{
    public int Missions => 20;
    public int Countries => 60;
    public int People => Math.Max(20, Statements / 50);
    public int Sources => Math.Max(10, Statements / 5);
    public int Observations => Statements / 2;
    public int Transfers => Math.Max(5, Statements / 20);
    public int Events => Math.Max(5, Statements / 10);
}

/// <summary>
/// Fills a database with plausible synthetic records through the real model (so indexes, triggers and full-text
/// tables are exercised as in production), for benchmarks and load tests. Deterministic for a given seed.
/// </summary>
public sealed class SyntheticData(MissionTrackerDbContext db, ILogger<SyntheticData> logger)
{
    /// <summary>
    /// Rows per save. EF's update pipeline (its topological sort of the commands above all) costs more than linearly in the
    /// size of one save: 30,000 statements took 38.6 s in saves of 5,000 rows and 19-21 s in saves of 100-250.
    /// </summary>
    private const int Batch = 100;

    private static readonly string[] Openings =
    [
        "We will continue to support", "Our forces remain committed to", "The alliance has decided to expand", "We are ready to move",
        "There is no change to", "The government has asked us to review", "We have agreed in principle to strengthen",
        "Training of the Iraqi security forces remains central to", "We expect to reduce", "The coalition will keep working on",
    ];
    private static readonly string[] Objects =
    [
        "the training mission in Iraq", "our contingent in Baghdad", "the advisory effort at the ministry of defence",
        "the handover of training duties to the NATO mission", "force protection at the bases", "the partnership with the Iraqi government",
        "the fight against the remnants of Daesh", "the reconfiguration of our presence", "the mentoring of senior officers",
    ];
    private static readonly string[] Clauses =
    [
        "while still working closely with the coalition", "as long as the Iraqi government wants us there",
        "in full coordination with our allies", "once the details and the numbers are worked out",
        "because it is extremely important that the terrorists never return", "step by step and conditions-based",
        "with the consent of the host nation", "after consultations with the parliament in Baghdad",
    ];
    private static readonly string[] Surnames =
    [
        "Andersen", "Robles", "Garcia", "Schmidt", "Rossi", "Martin", "Novak", "Kowalski", "Jensen", "Smith", "Johnson", "Dubois",
        "Haddad", "Al-Sudani", "Kazemi", "Larsen", "Nielsen", "Bianchi", "Moreau", "Fischer", "Weber", "Hansen", "Berg", "Lindqvist",
    ];
    private static readonly string[] GivenNames =
    [
        "Anna", "Jens", "Maria", "Lars", "Sofia", "Ahmed", "Karim", "Elena", "Peter", "Mette", "Luca", "Claire", "Thomas", "Ingrid",
    ];
    private static readonly string[] Titles = ["Defence Minister", "Foreign Minister", "Chief of Defence", "Commander", "Spokesperson", "Ambassador to Iraq"];
    private static readonly string[] Outlets = ["Reuters", "AP", "AFP", "VOA", "The National", "Al-Monitor", "Defense News", "Stars and Stripes", "NATO", "DOD News"];

    public async Task<TimeSpan> GenerateAsync(SyntheticDataSize size, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(size.Seed);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Synthetic rows are nobody's edits: no history entry per record (half the work and half the file), one for the run.
        using var noHistory = db.WithoutHistory();
        // One connection for the whole run, so that the bulk-load settings hold for every batch.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Data.Sqlite.SqliteDialect.BulkLoadPragmas, cancellationToken);
        var tag = $"syn{size.Seed}";

        var countries = await db.Countries.OrderBy(c => c.Code).Take(size.Countries).ToListAsync(cancellationToken);
        var missions = Enumerable.Range(1, size.Missions).Select(i => new Mission
        {
            Slug = $"{tag}-mission-{i}",
            Name = $"Synthetic Mission {i}",
            Acronym = $"SM{i}",
            Kind = (MissionKind)(i % 3),
            HostCountry = countries[i % countries.Count],
            StatusChanges = [new MissionStatusChange { Status = MissionStatus.Active, On = new DateOnly(2014, 1, 1).AddDays(i * 30) }],
        }).ToList();
        db.Missions.AddRange(missions);
        var people = Enumerable.Range(0, size.People).Select(i => new Person
        {
            Name = $"{GivenNames[i % GivenNames.Length]} {Surnames[(i / GivenNames.Length) % Surnames.Length]} {i}",
            Roles = [new PersonRole { Title = Titles[i % Titles.Length], Country = countries[i % countries.Count] }],
        }).ToList();
        db.People.AddRange(people);
        await SaveAsync(cancellationToken);

        var sources = new List<Source>(size.Sources);
        for (var i = 0; i < size.Sources; i++)
        {
            sources.Add(new Source
            {
                Title = $"{Openings[random.Next(Openings.Length)]} {Objects[random.Next(Objects.Length)]} ({tag} {i})",
                Outlet = Outlets[random.Next(Outlets.Length)],
                Url = $"https://news.example/{tag}/{i}",
                PublishedOn = Day(random),
                Text = Paragraphs(random, 3 + random.Next(6)),
            });
        }
        await AddInBatchesAsync(sources, cancellationToken);

        var statements = new List<Statement>(Batch);
        for (var i = 0; i < size.Statements; i++)
        {
            var source = sources[random.Next(sources.Count)];
            statements.Add(new Statement
            {
                SpeakerId = people[random.Next(people.Count)].Id,
                SpeakerRole = Titles[random.Next(Titles.Length)],
                SaidOn = source.PublishedOn ?? Day(random),
                Kind = random.Next(4) == 0 ? StatementKind.Paraphrase : StatementKind.Direct,
                Text = Sentences(random, 1 + random.Next(4)),
                Topics = ["synthetic"],
                Missions = [missions[random.Next(missions.Count)]],
                Citations = [new Citation { SourceId = source.Id }],
            });
            if (statements.Count == Batch)
            {
                await AddInBatchesAsync(statements, cancellationToken, missions);
                statements.Clear();
            }
        }
        await AddInBatchesAsync(statements, cancellationToken, missions);

        await AddInBatchesAsync(Enumerable.Range(0, size.Observations).Select(_ => new StrengthObservation
        {
            MissionId = missions[random.Next(missions.Count)].Id,
            CountryId = random.Next(10) == 0 ? null : countries[random.Next(countries.Count)].Id,
            ObservedOn = Day(random),
            Personnel = random.Next(5) == 0 ? Personnel.About(50 * random.Next(1, 100)) : Personnel.Exactly(10 * random.Next(1, 600)),
            Citations = [new Citation { SourceId = sources[random.Next(sources.Count)].Id }],
        }).ToList(), cancellationToken);

        await AddInBatchesAsync(Enumerable.Range(0, size.Transfers).Select(_ =>
        {
            var from = random.Next(missions.Count);
            var steps = 1 + random.Next(5);
            var start = Day(random);
            return new TroopTransfer
            {
                CountryId = countries[random.Next(countries.Count)].Id,
                FromMissionId = missions[from].Id,
                ToMissionId = missions[(from + 1 + random.Next(missions.Count - 1)) % missions.Count].Id,
                Personnel = Personnel.Exactly(10 * random.Next(1, 100)),
                Status = (TransferStatus)(steps - 1),
                StatusChanges = [.. Enumerable.Range(0, steps).Select(s => new TransferStatusChange { Status = (TransferStatus)s, On = start.AddDays(s * 20) })],
                Citations = [new Citation { SourceId = sources[random.Next(sources.Count)].Id }],
            };
        }).ToList(), cancellationToken);

        await AddInBatchesAsync(Enumerable.Range(0, size.Events).Select(i => new TimelineEvent
        {
            OccurredOn = Day(random),
            Kind = (EventKind)random.Next(8),
            Title = $"{Objects[random.Next(Objects.Length)]} ({tag} event {i})",
            Description = Sentences(random, 2),
            Missions = [missions[random.Next(missions.Count)]],
            Citations = [new Citation { SourceId = sources[random.Next(sources.Count)].Id }],
        }).ToList(), cancellationToken, missions);

        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            Actor = "system",
            Action = AuditAction.Added,
            EntityType = "SyntheticData",
            EntityId = tag,
            Changes = System.Text.Json.JsonSerializer.Serialize(new
            {
                statements = new { @new = size.Statements }, sources = new { @new = size.Sources }, observations = new { @new = size.Observations },
                transfers = new { @new = size.Transfers }, events = new { @new = size.Events }, people = new { @new = size.People }, missions = new { @new = size.Missions },
            }, System.Text.Json.JsonSerializerOptions.Web),
        });
        await SaveAsync(cancellationToken);
        // The connection goes back to the pool: with the app's settings, not the bulk load's.
        await db.Database.ExecuteSqlRawAsync(Data.Sqlite.SqliteDialect.ConnectionPragmas + " PRAGMA cache_size = -2000;", cancellationToken);
        await db.Database.CloseConnectionAsync();
        logger.LogInformation("Generated {Statements} statements and related records in {Elapsed}", size.Statements, clock.Elapsed);
        return clock.Elapsed;
    }

    private async Task AddInBatchesAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken, IReadOnlyList<Mission>? linked = null) where T : class
    {
        for (var i = 0; i < rows.Count; i += Batch)
        {
            if (linked is not null)
            {
                // Missions referenced through many-to-many links are existing rows: attach them as unchanged.
                db.AttachRange(linked);
            }
            db.AddRange(rows.Skip(i).Take(Batch));
            await SaveAsync(cancellationToken);
        }
    }

    /// <summary>Saves and forgets: the tracker would otherwise grow with every batch. Ids stay set on the objects.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static DateOnly Day(Random random) => new DateOnly(2014, 6, 1).AddDays(random.Next(3650));

    private static string Sentences(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ =>
        $"{Openings[random.Next(Openings.Length)]} {Objects[random.Next(Objects.Length)]}, {Clauses[random.Next(Clauses.Length)]}."));

    private static string Paragraphs(Random random, int count) =>
        string.Join("\n\n", Enumerable.Range(0, count).Select(_ => Sentences(random, 2 + random.Next(4))));
}
