using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.Statements;

/// <summary>One cited source of a saved statement, with the span of its text that says the statement.</summary>
public sealed class CitationForm
{
    public int SourceId { get; set; }
    public int? SpanStart { get; set; }
    public int? SpanEnd { get; set; }
}

/// <summary>The fields of the statement form; the service validates them (the same rules as the API).</summary>
public sealed class StatementForm : IRecordForm<StatementForm, StatementDto, StatementInput>
{
    public string? SpeakerName { get; set; }
    public string? SpeakerRole { get; set; }
    public DateOnly? SaidOn { get; set; }
    public string? Occasion { get; set; }
    public string? Text { get; set; }
    public StatementKind? Kind { get; set; } = StatementKind.Direct;
    public List<string> Missions { get; set; } = [];
    public string? Topics { get; set; }
    public List<int> SourceIds { get; set; } = [];
    /// <summary>The spans of the sources the statement cites; a source taken off <see cref="SourceIds"/> loses its span.</summary>
    public List<CitationForm> Citations { get; set; } = [];
    public long? Version { get; set; }

    /// <summary>The rows of <see cref="Citations"/> that are sent: those of sources still chosen.</summary>
    private List<int> SentRows => [.. Citations.Select((c, i) => (c, i)).Where(r => SourceIds.Contains(r.c.SourceId)).Select(r => r.i)];

    public StatementInput ToInput() => new(
        SpeakerName, null, null, SpeakerRole, SaidOn, Occasion, Text, Kind,
        [.. (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Missions, SourceIds, [.. SentRows.Select(i => new CitationInput(Citations[i].SourceId, Citations[i].SpanStart, Citations[i].SpanEnd))]);

    public string FormField(string field) => FormErrors.RowField(field, "citations", SentRows);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Text", Text), ("Speaker", SpeakerName), ("Role", SpeakerRole), ("Said on", Display.Date(SaidOn)), ("Occasion", Occasion),
        ("Kind", Kind?.ToString()), ("Missions", string.Join(", ", Missions)), ("Topics", Topics), ("Sources", string.Join(", ", SourceIds)),
        ("Spans", string.Join(", ", Citations.Where(c => c.SpanStart is not null).Select(c => $"source {c.SourceId}: {c.SpanStart}–{c.SpanEnd}"))),
    ];

    public static StatementForm From(StatementDto saved) => new()
    {
        SpeakerName = saved.SpeakerName, SpeakerRole = saved.SpeakerRole, SaidOn = saved.SaidOn, Occasion = saved.Occasion, Text = saved.Text,
        Kind = saved.Kind, Missions = [.. saved.Missions], Topics = string.Join(", ", saved.Topics), SourceIds = [.. saved.SourceIds],
        Citations = [.. saved.Citations.Select(c => new CitationForm { SourceId = c.SourceId, SpanStart = c.SpanStart, SpanEnd = c.SpanEnd })], Version = saved.Version,
    };
}

/// <summary>Create (<c>/statements/create</c>), edit and delete (<c>/statements/{id}/edit</c>) a statement.</summary>
public sealed class EditModel(StatementService statements, MissionService missions, SourceService sources)
    : RecordEditModel<StatementDto, StatementDto, StatementInput, StatementFilter, StatementForm>(statements)
{
    public override string Noun => "statement";

    public override string ListUrl => "/statements";

    public IReadOnlyList<MissionSummaryDto> MissionChoices { get; private set; } = [];
    public IReadOnlyList<SourceDto> SourceChoices { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        MissionChoices = await missions.ListAsync(cancellationToken);
        SourceChoices = await sources.ForFormAsync(Input.SourceIds, cancellationToken);
    }

    /// <summary>The words of the source that a citation's span covers, when the source is among the choices and the span fits its text.</summary>
    public string? Cited(CitationForm citation) =>
        SourceChoices.FirstOrDefault(s => s.Id == citation.SourceId)?.Text is { } text && citation.SpanStart is int start && citation.SpanEnd is int end
            && start >= 0 && start <= end && end <= text.Length
            ? (end - start > 400 ? string.Concat(text.AsSpan(start, 400), "…") : text[start..end])
            : null;

    public string SourceTitle(int id) => SourceChoices.FirstOrDefault(s => s.Id == id)?.Title ?? $"Source {id}";
}
