using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StrengthSeriesIndexOfListed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MissionTracker.Web.Data.Sqlite.SqliteDialect.DropStrengthSeriesIndex);
            migrationBuilder.Sql(MissionTracker.Web.Data.Sqlite.SqliteDialect.CreateListedStrengthSeriesIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MissionTracker.Web.Data.Sqlite.SqliteDialect.DropStrengthSeriesIndex);
            migrationBuilder.Sql(MissionTracker.Web.Data.Sqlite.SqliteDialect.CreateStrengthSeriesIndex);
        }
    }
}
