using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DropRedundantStatementsUpdatedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_UpdatedAt",
                table: "Statements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Statements_UpdatedAt",
                table: "Statements",
                column: "UpdatedAt");
        }
    }
}
