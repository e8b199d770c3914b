using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Organisations;

public enum OrganisationKind
{
    Alliance,
    Coalition,
    Government,
    ArmedForces,
    InternationalOrganisation,
    Other,
}

public sealed class Organisation : Entity
{
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public OrganisationKind Kind { get; set; } = OrganisationKind.Other;
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Acronym).HasMaxLength(FieldLengths.Acronym);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(o => o.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
