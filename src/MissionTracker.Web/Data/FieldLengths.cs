namespace MissionTracker.Web.Data;

/// <summary>Length limits shared by the EF configuration and the request validators.</summary>
public static class FieldLengths
{
    public const int Slug = 64;
    public const int Name = 200;
    public const int Acronym = 32;
    public const int CountryCode = 2;
    public const int Title = 500;
    public const int Url = 2048;
    public const int Note = 4000;
    public const int Role = 300;
    public const int StatementText = 20_000;
    public const int SourceText = 1_000_000;
    public const int Description = 300;
}
