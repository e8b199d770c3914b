using MissionTracker.Web.Features.Sources;

namespace MissionTracker.Web.Pages.Sources;

public sealed class SourceForm : IRecordForm<SourceForm, SourceDto, SourceInput>
{
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public SourceKind? Kind { get; set; } = SourceKind.NewsArticle;
    public string? Author { get; set; }
    public string? Text { get; set; }
    public DateTime? RetrievedAt { get; set; }
    public long? Version { get; set; }

    public SourceInput ToInput() => new(Title, Outlet, Url, PublishedOn, Kind, Author, Text, RetrievedAt);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Title", Title), ("Outlet", Outlet), ("Address", Url), ("Published", Display.Date(PublishedOn)), ("Kind", Kind?.ToString()),
        ("Author", Author), ("Text", Text is null ? null : $"{Text.Length:N0} characters: {Text[..Math.Min(Text.Length, 200)]}…"),
    ];

    public static SourceForm From(SourceDto saved) => new()
    {
        Title = saved.Title, Outlet = saved.Outlet, Url = saved.Url, PublishedOn = saved.PublishedOn, Kind = saved.Kind,
        Author = saved.Author, Text = saved.Text, RetrievedAt = saved.RetrievedAt, Version = saved.Version,
    };
}

/// <summary>Create (<c>/sources/create</c>), edit and delete (<c>/sources/{id}/edit</c>) a source.</summary>
public sealed class EditModel(SourceService sources) : RecordEditModel<SourceDto, SourceDto, SourceInput, SourceFilter, SourceForm>(sources)
{
    public override string Noun => "source";

    public override string ListUrl => "/sources";
}
