using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.Statements;

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
    public long? Version { get; set; }

    public StatementInput ToInput() => new(
        SpeakerName, null, null, SpeakerRole, SaidOn, Occasion, Text, Kind,
        [.. (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Missions, SourceIds, null);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Text", Text), ("Speaker", SpeakerName), ("Role", SpeakerRole), ("Said on", Display.Date(SaidOn)), ("Occasion", Occasion),
        ("Kind", Kind?.ToString()), ("Missions", string.Join(", ", Missions)), ("Topics", Topics), ("Sources", string.Join(", ", SourceIds)),
    ];

    public static StatementForm From(StatementDto saved) => new()
    {
        SpeakerName = saved.SpeakerName, SpeakerRole = saved.SpeakerRole, SaidOn = saved.SaidOn, Occasion = saved.Occasion, Text = saved.Text,
        Kind = saved.Kind, Missions = [.. saved.Missions], Topics = string.Join(", ", saved.Topics), SourceIds = [.. saved.SourceIds], Version = saved.Version,
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
        SourceChoices = await sources.List(new SourceFilter(), new ValidationErrors()).FirstAsync(200, cancellationToken);
    }
}
