using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Infrastructure.Security.ApiKeys;

public enum ApiKeyScope
{
    Read,
    Write,
}

/// <summary>A key a script sends in <c>X-Api-Key</c>. Only the SHA-256 hash of the key is stored; the key is shown once.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public ApiKeyScope Scope { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public string Hash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(k => k.Hash).IsUnique();
    }
}
