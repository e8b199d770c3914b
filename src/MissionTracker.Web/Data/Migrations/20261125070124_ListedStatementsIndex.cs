using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListedStatementsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_SaidOn_Id",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SaidOn_Id",
                table: "Statements",
                columns: new[] { "SaidOn", "Id" },
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_SaidOn_Id",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SaidOn_Id",
                table: "Statements",
                columns: new[] { "SaidOn", "Id" });
        }
    }
}
