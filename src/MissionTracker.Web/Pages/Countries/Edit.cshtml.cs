using MissionTracker.Web.Features.Countries;

namespace MissionTracker.Web.Pages.Countries;

/// <summary>
/// The fields of the country form, which are what the API lets change: a new country's ISO code, and any country's
/// name and demonyms (the code of a saved country cannot change).
/// </summary>
public sealed class CountryForm : IRecordForm<CountryForm, CountryDto, CountryInput>
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    /// <summary>Separated by commas.</summary>
    public string? Demonyms { get; set; }
    public long? Version { get; set; }

    public CountryInput ToInput() => new(Code?.Trim(), Name, [.. (Demonyms ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);

    public IReadOnlyList<(string Field, string? Value)> Describe() => [("Code", Code), ("Name", Name), ("Demonyms", Demonyms)];

    public static CountryForm From(CountryDto saved) => new()
    {
        Code = saved.Code, Name = saved.Name, Demonyms = string.Join(", ", saved.Demonyms), Version = saved.Version,
    };
}

/// <summary>Add a country missing from the ISO list (<c>/countries/create</c>), rename or delete one (<c>/countries/{code}/edit</c>).</summary>
public sealed class EditModel(CountryService countries) : RecordEditModel<CountryDto, CountryDto, CountryInput, CountryFilter, CountryForm>(countries)
{
    public override string Noun => "country";

    /// <summary>Countries have no list page; the dashboard links to them.</summary>
    public override string ListUrl => "/";

    public override string DetailUrl(string key) => $"/countries/{key}";
}
