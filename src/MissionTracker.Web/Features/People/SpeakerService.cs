using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.People;

public sealed record SpeakerRoleDto(string Title, string? Organisation, string? CountryCode, DateOnly? From, DateOnly? To);

public sealed record SpeakerDto(int Id, string Name, IReadOnlyList<SpeakerRoleDto> Roles, DateTime UpdatedAt, long Version);

/// <summary>People as speakers: who they are and the offices they held.</summary>
public sealed class SpeakerService(MissionTrackerDbContext db)
{
    public Task<SpeakerDto?> GetAsync(int id, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new SpeakerDto(
            p.Id,
            p.Name,
            p.Roles.OrderBy(r => r.From).Select(r => new SpeakerRoleDto(
                r.Title, r.Organisation != null ? r.Organisation.Name : null, r.Country != null ? r.Country.Code : null, r.From, r.To)).ToList(),
            p.UpdatedAt,
            p.Version)).FirstOrDefaultAsync(cancellationToken);
}
