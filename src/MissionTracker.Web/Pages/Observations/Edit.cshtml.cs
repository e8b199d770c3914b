using MissionTracker.Web.Data;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.Observations;

public sealed class ObservationForm : IRecordForm<ObservationForm, ContingentDto, StrengthObservationInput>
{
    public string? Mission { get; set; }
    /// <summary>ISO code; blank for the mission as a whole.</summary>
    public string? CountryCode { get; set; }
    public DateOnly? ObservedOn { get; set; }
    public PersonnelPrecision Precision { get; set; } = PersonnelPrecision.Exact;
    public int? Count { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public string? Description { get; set; }
    public string? Role { get; set; }
    public string? Notes { get; set; }
    public List<int> SourceIds { get; set; } = [];
    public long? Version { get; set; }

    public StrengthObservationInput ToInput() => new(Mission, CountryCode, ObservedOn, null,
        new PersonnelDto(Precision, Count, Min, Max, Description), Role, Notes, SourceIds, null);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Mission", Mission), ("Country", CountryCode), ("Observed on", Display.Date(ObservedOn)),
        ("Personnel", new PersonnelDto(Precision, Count, Min, Max, Description).Text), ("Role", Role), ("Notes", Notes), ("Sources", string.Join(", ", SourceIds)),
    ];

    public static ObservationForm From(ContingentDto saved) => new()
    {
        Mission = saved.Mission, CountryCode = saved.CountryCode, ObservedOn = saved.ObservedOn, Precision = saved.Personnel.Precision,
        Count = saved.Personnel.Count, Min = saved.Personnel.Min, Max = saved.Personnel.Max, Description = saved.Personnel.Description,
        Role = saved.Role, Notes = saved.Notes, SourceIds = [.. saved.SourceIds], Version = saved.Version,
    };
}

/// <summary>Create (<c>/observations/create</c>), edit and delete (<c>/observations/{id}/edit</c>) a strength observation.</summary>
public sealed class EditModel(StrengthService strength, MissionService missions, SourceService sources, HistoryService history)
    : RecordEditModel<ContingentDto, ContingentDto, StrengthObservationInput, StrengthObservationFilter, ObservationForm>(strength)
{
    public override string Noun => "strength observation";

    public override string ListUrl => "/";

    public override string DiscardUrl => Input.Mission is { Length: > 0 } mission ? $"/missions/{mission}" : "/";

    public IReadOnlyList<MissionSummaryDto> MissionChoices { get; private set; } = [];
    public IReadOnlyList<SourceDto> SourceChoices { get; private set; } = [];
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    protected override string AfterSaveUrl(ContingentDto saved, string key) => $"/missions/{saved.Mission}";

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        MissionChoices = await missions.ListAsync(cancellationToken);
        SourceChoices = await sources.ForFormAsync(Input.SourceIds, cancellationToken);
        if (Id is { } key)
        {
            History = await history.ForRecordAsync(nameof(StrengthObservation), key, cancellationToken);
        }
        else if (Request.Query["mission"] is { Count: > 0 } mission && string.IsNullOrEmpty(Input.Mission))
        {
            Input.Mission = mission.ToString();
        }
    }
}
