using System;
using Microsoft.EntityFrameworkCore.Migrations;
using MissionTracker.Web.Data.Sqlite;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApiKeysFullTextSearchAndSyncIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TroopTransfers_UpdatedAt_Id",
                table: "TroopTransfers",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StrengthObservations_UpdatedAt_Id",
                table: "StrengthObservations",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_UpdatedAt_Id",
                table: "Statements",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_UpdatedAt_Id",
                table: "Sources",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_UpdatedAt_Id",
                table: "People",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_UpdatedAt_Id",
                table: "Organisations",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Missions_UpdatedAt_Id",
                table: "Missions",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_UpdatedAt_Id",
                table: "Events",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Countries_UpdatedAt_Id",
                table: "Countries",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Name",
                table: "ApiKeys",
                column: "Name",
                unique: true);

            migrationBuilder.Sql(SqliteDialect.CreateFullTextSearch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteDialect.DropFullTextSearch);

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropIndex(
                name: "IX_TroopTransfers_UpdatedAt_Id",
                table: "TroopTransfers");

            migrationBuilder.DropIndex(
                name: "IX_StrengthObservations_UpdatedAt_Id",
                table: "StrengthObservations");

            migrationBuilder.DropIndex(
                name: "IX_Statements_UpdatedAt_Id",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Sources_UpdatedAt_Id",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_People_UpdatedAt_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_UpdatedAt_Id",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Missions_UpdatedAt_Id",
                table: "Missions");

            migrationBuilder.DropIndex(
                name: "IX_Events_UpdatedAt_Id",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Countries_UpdatedAt_Id",
                table: "Countries");
        }
    }
}
