using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StrengthSeriesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MissionTracker.Web.Data.Sqlite.SqliteDialect.CreateStrengthSeriesIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MissionTracker.Web.Data.Sqlite.SqliteDialect.DropStrengthSeriesIndex);
        }
    }
}
