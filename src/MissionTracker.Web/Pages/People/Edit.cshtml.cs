using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.People;

/// <summary>One office of the person form; a blank row, or one marked for removal, is not sent.</summary>
public sealed class RoleForm
{
    public string? Title { get; set; }
    public int? OrganisationId { get; set; }
    public string? CountryCode { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && OrganisationId is null && string.IsNullOrWhiteSpace(CountryCode) && From is null && To is null;

    public override string ToString() =>
        $"{Title}{(OrganisationId is null ? "" : $", organisation {OrganisationId}")}{(CountryCode is null ? "" : $" ({CountryCode})")} {Display.Date(From)} – {Display.Date(To)}";
}

/// <summary>The fields of the person form: the name and the offices held, as the API takes them.</summary>
public sealed class PersonForm : IRecordForm<PersonForm, PersonDto, PersonInput>
{
    public string? Name { get; set; }
    public List<RoleForm> Roles { get; set; } = [];
    public long? Version { get; set; }

    private List<int> SentRows => [.. Roles.Select((r, i) => (r, i)).Where(x => !x.r.Remove && !x.r.IsBlank).Select(x => x.i)];

    public PersonInput ToInput() =>
        new(Name, [.. SentRows.Select(i => Roles[i]).Select(r => new PersonRoleInput(r.Title, r.OrganisationId, r.CountryCode, r.From, r.To))]);

    public string FormField(string field) => FormErrors.RowField(field, "roles", SentRows);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
        [("Name", Name), ("Roles", string.Join("; ", SentRows.Select(i => Roles[i].ToString())))];

    public static PersonForm From(PersonDto saved) => new()
    {
        Name = saved.Name,
        Roles = [.. saved.Roles.Select(r => new RoleForm { Title = r.Title, OrganisationId = r.OrganisationId, CountryCode = r.CountryCode, From = r.From, To = r.To })],
        Version = saved.Version,
    };
}

/// <summary>Create (<c>/people/create</c>), edit and delete (<c>/people/{id}/edit</c>) a person and the offices they held.</summary>
public sealed class EditModel(PersonService people, OrganisationService organisations, CountryService countries)
    : RecordEditModel<PersonDto, PersonDto, PersonInput, PersonFilter, PersonForm>(people)
{
    /// <summary>Empty rows offered for new roles (the form works without script, so rows are not added on the fly).</summary>
    private const int BlankRoles = 2;

    public override string Noun => "person";

    public override string ListUrl => "/people";

    public IReadOnlyList<OrganisationDto> OrganisationChoices { get; private set; } = [];
    public IReadOnlyList<CountryDto> CountryChoices { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        OrganisationChoices = await organisations.List(new OrganisationFilter(), new ValidationErrors()).AllAsync(cancellationToken);
        CountryChoices = await countries.List(new CountryFilter(), new ValidationErrors()).AllAsync(cancellationToken, "name");
        while (Input.Roles.Count(r => r.IsBlank) < BlankRoles)
        {
            Input.Roles.Add(new RoleForm());
        }
    }
}
