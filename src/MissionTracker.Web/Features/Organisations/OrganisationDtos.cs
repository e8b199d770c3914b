using System.Linq.Expressions;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Organisations;

public sealed record OrganisationDto(
    int Id, string Name, string? Acronym, OrganisationKind Kind, string? CountryCode, DateTime CreatedAt, DateTime UpdatedAt, long Version) : IVersioned
{
    public static readonly Expression<Func<Organisation, OrganisationDto>> Projection = o => new OrganisationDto(
        o.Id, o.Name, o.Acronym, o.Kind, o.Country != null ? o.Country.Code : null, o.CreatedAt, o.UpdatedAt, o.Version);
}

public sealed record OrganisationInput(string? Name, string? Acronym, OrganisationKind? Kind, string? CountryCode)
{
    public static readonly OrganisationInput Example = new("North Atlantic Treaty Organization", "NATO", OrganisationKind.Alliance, null);
}

public sealed class OrganisationFilter : ListFilter
{
    /// <summary>ISO code of the organisation's country.</summary>
    public string? Country { get; set; }
    /// <summary>Alliance, Coalition, Government, ArmedForces, InternationalOrganisation or Other.</summary>
    public string? Kind { get; set; }
}
