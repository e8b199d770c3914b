using System.Linq.Expressions;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.People;

public sealed record PersonRoleDto(string Title, int? OrganisationId, string? Organisation, string? CountryCode, DateOnly? From, DateOnly? To);

public sealed record PersonDto(int Id, string Name, IReadOnlyList<PersonRoleDto> Roles, DateTime CreatedAt, DateTime UpdatedAt, long Version) : IVersioned
{
    public static readonly Expression<Func<Person, PersonDto>> Projection = p => new PersonDto(
        p.Id,
        p.Name,
        p.Roles.OrderBy(r => r.From).ThenBy(r => r.Id).Select(r => new PersonRoleDto(
            r.Title, r.OrganisationId, r.Organisation != null ? r.Organisation.Name : null, r.Country != null ? r.Country.Code : null, r.From, r.To)).ToList(),
        p.CreatedAt,
        p.UpdatedAt,
        p.Version);
}

public sealed record PersonRoleInput(string? Title, int? OrganisationId, string? CountryCode, DateOnly? From, DateOnly? To);

/// <summary>A person who is quoted; <c>roles</c> replaces the offices they held.</summary>
public sealed record PersonInput(string? Name, IReadOnlyList<PersonRoleInput>? Roles)
{
    public static readonly PersonInput Example = new("Jens Stoltenberg", [new PersonRoleInput("NATO Secretary-General", null, null, new DateOnly(2014, 10, 1), null)]);
}

public sealed class PersonFilter : ListFilter
{
    /// <summary>Words of the name (accents and case ignored).</summary>
    public string? Q { get; set; }
}
