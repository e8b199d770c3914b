using System.Text.Json;
using System.Text.Json.Serialization;
using MissionTracker.Core.Geography;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Seeding;

/// <summary>
/// Fills an empty database: every ISO country (added when missing, so a newer catalog extends an old database),
/// then the records of <c>seed-data.json</c>, once — when the database has no mission yet. Running it again changes nothing.
/// </summary>
public sealed class Seeder(MissionTrackerDbContext db, ILogger<Seeder> logger)
{
    public static string DefaultSeedFile => Path.Combine(AppContext.BaseDirectory, "Features", "Seeding", "seed-data.json");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public async Task SeedAsync(string seedFile, CancellationToken cancellationToken)
    {
        await SeedCountriesAsync(cancellationToken);
        if (await db.Missions.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var stream = File.OpenRead(seedFile);
        var seed = await JsonSerializer.DeserializeAsync<SeedData>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"Seed file {seedFile} is empty.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeedRecordsAsync(seed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Missions} missions, {Statements} statements and {Observations} strength observations",
            seed.Missions.Count, seed.Statements.Count, seed.StrengthObservations.Count);
    }

    private async Task SeedCountriesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Countries.Select(c => c.Code).ToHashSetAsync(cancellationToken);
        var missing = CountryCatalog.All.Where(c => !existing.Contains(c.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        db.Countries.AddRange(missing.Select(c => new Country { Code = c.Code, Name = c.Name, Demonyms = [.. c.Demonyms] }));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Added {Count} countries", missing.Count);
    }

    private async Task SeedRecordsAsync(SeedData seed, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        Country? CountryOrNull(string? code) => code is null ? null : countries[code];

        var organisations = seed.Organisations.ToDictionary(o => o.Name, o => new Organisation
        {
            Name = o.Name, Acronym = o.Acronym, Kind = o.Kind, Country = CountryOrNull(o.Country),
        });
        db.Organisations.AddRange(organisations.Values);

        var people = seed.People.ToDictionary(p => p.Name, p => new Person
        {
            Name = p.Name,
            Roles = [.. p.Roles.Select(r => new PersonRole
            {
                Title = r.Title,
                Organisation = r.Organisation is null ? null : organisations[r.Organisation],
                Country = CountryOrNull(r.Country),
                From = r.From,
                To = r.To,
            })],
        });
        db.People.AddRange(people.Values);

        var sources = seed.Sources.ToDictionary(s => s.Key, s => new Source
        {
            Kind = s.Kind, Title = s.Title, Outlet = s.Outlet, Url = s.Url, PublishedOn = s.PublishedOn, RetrievedAt = DateTime.UtcNow,
        });
        db.Sources.AddRange(sources.Values);
        List<Citation> Cite(List<string> keys) => [.. keys.Select(k => new Citation { Source = sources[k] })];

        var missions = seed.Missions.ToDictionary(m => m.Slug, m => new Mission
        {
            Slug = m.Slug,
            Name = m.Name,
            Acronym = m.Acronym,
            Kind = m.Kind,
            LeadOrganisation = m.LeadOrganisation is null ? null : organisations[m.LeadOrganisation],
            LeadCountry = CountryOrNull(m.LeadCountry),
            HostCountry = CountryOrNull(m.HostCountry),
            Aliases = m.Aliases,
            Notes = m.Notes,
            StatusChanges = [.. m.StatusHistory.Select(s => new MissionStatusChange
            {
                Status = s.Status, On = s.On, Note = s.Note, Citations = Cite(s.Sources),
            })],
        });
        db.Missions.AddRange(missions.Values);

        db.StrengthObservations.AddRange(seed.StrengthObservations.Select(o => new StrengthObservation
        {
            Mission = missions[o.Mission],
            Country = CountryOrNull(o.Country),
            ObservedOn = o.ObservedOn,
            Personnel = o.Personnel,
            Role = o.Role,
            Citations = Cite(o.Sources),
        }));

        db.TroopTransfers.AddRange(seed.Transfers.Select(t => new TroopTransfer
        {
            Country = countries[t.Country],
            FromMission = t.From is null ? null : missions[t.From],
            ToMission = t.To is null ? null : missions[t.To],
            Personnel = t.Personnel,
            Notes = t.Notes,
            Status = t.StatusHistory[^1].Status,
            StatusChanges = [.. t.StatusHistory.Select(s => new TransferStatusChange
            {
                Status = s.Status, On = s.On, Note = s.Note, Citations = Cite(s.Sources),
            })],
            Citations = Cite(t.Sources),
        }));

        db.Events.AddRange(seed.Events.Select(e => new TimelineEvent
        {
            OccurredOn = e.OccurredOn,
            Kind = e.Kind,
            Title = e.Title,
            Description = e.Description,
            Missions = [.. e.Missions.Select(m => missions[m])],
            Countries = [.. e.Countries.Select(c => countries[c])],
            Citations = Cite(e.Sources),
        }));

        db.Statements.AddRange(seed.Statements.Select(s => new Statement
        {
            Speaker = people[s.Speaker],
            SpeakerRole = s.Role,
            SaidOn = s.SaidOn,
            Occasion = s.Occasion,
            Kind = s.Kind,
            Topics = s.Topics,
            Missions = [.. s.Missions.Select(m => missions[m])],
            Text = s.Text,
            Citations = Cite(s.Sources),
        }));

        await db.SaveChangesAsync(cancellationToken);
    }
}
