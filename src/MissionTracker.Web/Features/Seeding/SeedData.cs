using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Transfers;

namespace MissionTracker.Web.Features.Seeding;

/// <summary>The shape of <c>seed-data.json</c>: records refer to each other by natural keys (slugs, ISO codes, names, source keys).</summary>
internal sealed record SeedData(
    List<SeedOrganisation> Organisations,
    List<SeedPerson> People,
    List<SeedSource> Sources,
    List<SeedMission> Missions,
    List<SeedObservation> StrengthObservations,
    List<SeedTransfer> Transfers,
    List<SeedEvent> Events,
    List<SeedStatement> Statements);

internal sealed record SeedOrganisation(string Name, string? Acronym, OrganisationKind Kind, string? Country);

internal sealed record SeedPerson(string Name, List<SeedRole> Roles);

internal sealed record SeedRole(string Title, string? Organisation, string? Country, DateOnly? From, DateOnly? To);

internal sealed record SeedSource(string Key, SourceKind Kind, string Title, string? Outlet, string? Url, DateOnly? PublishedOn);

internal sealed record SeedStatusChange<TStatus>(TStatus Status, DateOnly On, string? Note, List<string> Sources);

internal sealed record SeedMission(
    string Slug, string Name, string? Acronym, MissionKind Kind, string? LeadOrganisation, string? LeadCountry, string? HostCountry,
    List<string> Aliases, string? Notes, List<SeedStatusChange<MissionStatus>> StatusHistory);

internal sealed record SeedObservation(string Mission, string? Country, DateOnly ObservedOn, Personnel Personnel, string? Role, List<string> Sources);

internal sealed record SeedTransfer(
    string Country, string? From, string? To, Personnel Personnel, string? Notes,
    List<SeedStatusChange<TransferStatus>> StatusHistory, List<string> Sources);

internal sealed record SeedEvent(DateOnly OccurredOn, EventKind Kind, string Title, string? Description, List<string> Missions, List<string> Countries, List<string> Sources);

internal sealed record SeedStatement(
    string Speaker, string? Role, DateOnly SaidOn, string? Occasion, StatementKind Kind, List<string> Topics,
    List<string> Missions, List<string> Sources, string Text);
