using System.Linq.Expressions;

namespace MissionTracker.Web.Data;

/// <summary>A record whose delete is soft: it gets a <see cref="DeletedAt"/>, disappears from every query and can be restored.</summary>
public interface ISoftDeletable
{
    DateTime? DeletedAt { get; set; }
}

public static class SoftDelete
{
    /// <summary>The name of the global query filter; <c>IgnoreQueryFilters([SoftDelete.Filter])</c> sees deleted rows too.</summary>
    public const string Filter = "SoftDelete";

    /// <summary><c>e =&gt; e.DeletedAt == null</c> for an entity type known only at run time.</summary>
    public static LambdaExpression NotDeleted(Type type)
    {
        var e = Expression.Parameter(type, "e");
        return Expression.Lambda(Expression.Equal(Expression.Property(e, nameof(ISoftDeletable.DeletedAt)), Expression.Constant(null, typeof(DateTime?))), e);
    }
}
