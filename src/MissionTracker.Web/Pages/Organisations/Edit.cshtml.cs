using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.Organisations;

/// <summary>The fields of the organisation form; the service validates them (the same rules as the API).</summary>
public sealed class OrganisationForm : IRecordForm<OrganisationForm, OrganisationDto, OrganisationInput>
{
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public OrganisationKind? Kind { get; set; } = OrganisationKind.Other;
    public string? CountryCode { get; set; }
    public long? Version { get; set; }

    public OrganisationInput ToInput() => new(Name, Acronym, Kind, CountryCode);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
        [("Name", Name), ("Acronym", Acronym), ("Kind", Kind?.ToString()), ("Country", CountryCode)];

    public static OrganisationForm From(OrganisationDto saved) => new()
    {
        Name = saved.Name, Acronym = saved.Acronym, Kind = saved.Kind, CountryCode = saved.CountryCode, Version = saved.Version,
    };
}

/// <summary>Create (<c>/organisations/create</c>), edit and delete (<c>/organisations/{id}/edit</c>) an organisation.</summary>
public sealed class EditModel(OrganisationService organisations, CountryService countries)
    : RecordEditModel<OrganisationDto, OrganisationDto, OrganisationInput, OrganisationFilter, OrganisationForm>(organisations)
{
    public override string Noun => "organisation";

    public override string ListUrl => "/organisations";

    /// <summary>Organisations have no page of their own: their row in the list.</summary>
    public override string DetailUrl(string key) => $"/organisations#organisation-{key}";

    public IReadOnlyList<CountryDto> CountryChoices { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        CountryChoices = await countries.List(new CountryFilter(), new ValidationErrors()).AllAsync(cancellationToken, "name");
}
