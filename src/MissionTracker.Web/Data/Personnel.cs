using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Data;

public enum PersonnelPrecision
{
    /// <summary>A stated number: "5,200 US soldiers".</summary>
    Exact,
    /// <summary>"About 500", "up to 4,000", "several hundred": a count and/or a range.</summary>
    Approximate,
    /// <summary>A described share without a number: "a major part of the contingent".</summary>
    Share,
    Unknown,
}

/// <summary>A number of personnel as the sources give it, stored in the owner's table.</summary>
public sealed class Personnel
{
    public PersonnelPrecision Precision { get; set; } = PersonnelPrecision.Unknown;
    public int? Count { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }

    /// <summary>The wording when it matters: "about", "up to", "a major part".</summary>
    public string? Description { get; set; }

    public static Personnel Exactly(int count) => new() { Precision = PersonnelPrecision.Exact, Count = count };
    public static Personnel About(int count, string? description = "about") =>
        new() { Precision = PersonnelPrecision.Approximate, Count = count, Description = description };
    public static Personnel ShareOf(string description) => new() { Precision = PersonnelPrecision.Share, Description = description };

    /// <summary>The columns of a Personnel in its owner's table, the same for every owner.</summary>
    public static void Map(ComplexPropertyBuilder<Personnel> p)
    {
        p.Property(x => x.Precision).HasConversion<string>().HasMaxLength(16).HasColumnName("PersonnelPrecision");
        p.Property(x => x.Count).HasColumnName("PersonnelCount");
        p.Property(x => x.Min).HasColumnName("PersonnelMin");
        p.Property(x => x.Max).HasColumnName("PersonnelMax");
        p.Property(x => x.Description).HasMaxLength(FieldLengths.Description).HasColumnName("PersonnelDescription");
    }
}
