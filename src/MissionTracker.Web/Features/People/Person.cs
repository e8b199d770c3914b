using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.People;

public sealed class Person : Entity
{
    public string Name { get; set; } = "";
    public List<PersonRole> Roles { get; set; } = [];
}

/// <summary>An office a person held: "NATO Secretary-General" from 2014-10-01.</summary>
public sealed class PersonRole
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public string Title { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(p => p.Name);
        builder.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Role).IsRequired();
        builder.HasOne(r => r.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_PersonRoles_Dates", "\"From\" IS NULL OR \"To\" IS NULL OR \"From\" <= \"To\""));
    }
}
