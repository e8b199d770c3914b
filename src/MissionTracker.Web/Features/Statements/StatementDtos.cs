using System.Linq.Expressions;

namespace MissionTracker.Web.Features.Statements;

public sealed record StatementDto(
    int Id,
    int? SpeakerId,
    string? SpeakerName,
    string? Organisation,
    string? SpeakerRole,
    DateOnly SaidOn,
    string? Occasion,
    StatementKind Kind,
    string Text,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Missions,
    IReadOnlyList<int> SourceIds,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version)
{
    public static readonly Expression<Func<Statement, StatementDto>> Projection = s => new StatementDto(
        s.Id,
        s.SpeakerId,
        s.Speaker != null ? s.Speaker.Name : null,
        s.Organisation != null ? s.Organisation.Name : null,
        s.SpeakerRole,
        s.SaidOn,
        s.Occasion,
        s.Kind,
        s.Text,
        s.Topics,
        s.Missions.Select(m => m.Slug).ToList(),
        s.Citations.Select(c => c.SourceId).ToList(),
        s.CreatedAt,
        s.UpdatedAt,
        s.Version);
}
