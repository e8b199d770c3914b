using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.Missions;

/// <summary>The fields of the mission form; the service validates them (the same rules as the API).</summary>
public sealed class MissionForm : IRecordForm<MissionForm, MissionDetailDto, MissionInput>
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public MissionKind? Kind { get; set; } = MissionKind.TrainingAdvisory;
    public int? LeadOrganisationId { get; set; }
    public string? LeadCountryCode { get; set; }
    public string? HostCountryCode { get; set; }
    /// <summary>One alias a line.</summary>
    public string? Aliases { get; set; }
    public string? Notes { get; set; }
    public long? Version { get; set; }

    public MissionInput ToInput() => new(
        Slug?.Trim(), Name, Acronym, Kind, LeadOrganisationId, LeadCountryCode, HostCountryCode,
        [.. (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Notes);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Slug", Slug), ("Name", Name), ("Acronym", Acronym), ("Kind", Kind?.ToString()), ("Lead organisation", LeadOrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Lead nation", LeadCountryCode), ("Host", HostCountryCode), ("Also called", Aliases?.ReplaceLineEndings("; ")), ("Notes", Notes),
    ];

    public static MissionForm From(MissionDetailDto saved) => new()
    {
        Slug = saved.Slug, Name = saved.Name, Acronym = saved.Acronym, Kind = saved.Kind, LeadOrganisationId = saved.LeadOrganisationId,
        LeadCountryCode = saved.LeadCountryCode, HostCountryCode = saved.HostCountryCode, Aliases = string.Join('\n', saved.Aliases),
        Notes = saved.Notes, Version = saved.Version,
    };
}

/// <summary>Create (<c>/missions/create</c>), edit and delete (<c>/missions/{slug}/edit</c>) a mission.</summary>
public sealed class EditModel(MissionService missions, OrganisationService organisations, CountryService countries)
    : RecordEditModel<MissionSummaryDto, MissionDetailDto, MissionInput, MissionFilter, MissionForm>(missions)
{
    public override string Noun => "mission";

    /// <summary>The dashboard lists the missions.</summary>
    public override string ListUrl => "/";

    public override string DetailUrl(string key) => $"/missions/{key}";

    public IReadOnlyList<OrganisationDto> OrganisationChoices { get; private set; } = [];
    public IReadOnlyList<CountryDto> CountryChoices { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        OrganisationChoices = await organisations.List(new OrganisationFilter(), new ValidationErrors()).AllAsync(cancellationToken);
        CountryChoices = await countries.List(new CountryFilter(), new ValidationErrors()).AllAsync(cancellationToken, "name");
    }
}
