using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Countries;

public sealed class Country : Entity
{
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Demonyms { get; set; } = [];
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(FieldLengths.CountryCode).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(c => c.Name);
        builder.StringList(c => c.Demonyms);
        builder.ToTable(t => t.HasCheckConstraint("CK_Countries_Code", "length(\"Code\") = 2 AND \"Code\" = upper(\"Code\")"));
    }
}
