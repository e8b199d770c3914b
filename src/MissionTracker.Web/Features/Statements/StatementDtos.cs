using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;

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
    IReadOnlyList<CitationDto> Citations,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
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
        s.Citations.Select(c => new CitationDto(c.SourceId, c.SpanStart, c.SpanEnd)).ToList(),
        s.CreatedAt,
        s.UpdatedAt,
        s.Version);

    /// <summary>The cited sources; <see cref="Citations"/> adds the spans of their texts.</summary>
    public IReadOnlyList<int> SourceIds => [.. Citations.Select(c => c.SourceId)];
}

/// <summary>
/// A statement to record. Name the speaker with <c>speakerName</c> (an unknown name creates the person) or
/// <c>speakerId</c>, or quote an organisation with <c>organisationId</c>. At least one source is required.
/// </summary>
public sealed record StatementInput(
    string? SpeakerName,
    int? SpeakerId,
    int? OrganisationId,
    string? SpeakerRole,
    DateOnly? SaidOn,
    string? Occasion,
    string? Text,
    StatementKind? Kind,
    IReadOnlyList<string>? Topics,
    IReadOnlyList<string>? Missions,
    IReadOnlyList<int>? SourceIds,
    IReadOnlyList<CitationInput>? Citations)
{
    public static readonly StatementInput Example = new(
        "Jens Stoltenberg", null, null, "NATO Secretary-General", new DateOnly(2020, 2, 12), "Press conference, Brussels",
        "Ministers agreed in principle to enhance NATO Mission Iraq.", StatementKind.Direct, ["nmi"], ["nmi"], [1], null);
}

public sealed class StatementFilter : ListFilter
{
    /// <summary>Statements about this mission (slug).</summary>
    public string? Mission { get; set; }
    /// <summary>The speaker's person id or exact name.</summary>
    public string? Speaker { get; set; }
    /// <summary>Statements from this country (ISO code): its speakers' offices or the organisation quoted.</summary>
    public string? Country { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>Direct or Paraphrase.</summary>
    public string? Kind { get; set; }
    /// <summary>Words to find in the text (all of them; accents and case ignored); sorts by relevance unless <c>sort</c> says otherwise.</summary>
    public string? Q { get; set; }
}
