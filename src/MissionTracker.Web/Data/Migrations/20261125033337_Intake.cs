using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "Sources",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedUrl",
                table: "Sources",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Feeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastPolledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSucceededAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextPollAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ItemsTakenIn = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SpanStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SpeakerRole = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: true),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Share = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Mission = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FromMission = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ToMission = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: true),
                    StrengthObservationId = table.Column<int>(type: "INTEGER", nullable: true),
                    TroopTransferId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.CheckConstraint("CK_Proposals_Span", "\"SpanStart\" >= 0 AND \"SpanEnd\" >= \"SpanStart\"");
                    table.ForeignKey(
                        name: "FK_Proposals_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Proposals_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Proposals_StrengthObservations_StrengthObservationId",
                        column: x => x.StrengthObservationId,
                        principalTable: "StrengthObservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Proposals_TroopTransfers_TroopTransferId",
                        column: x => x.TroopTransferId,
                        principalTable: "TroopTransfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ContentHash",
                table: "Sources",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_NormalizedUrl",
                table: "Sources",
                column: "NormalizedUrl");

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_Enabled_NextPollAt",
                table: "Feeds",
                columns: new[] { "Enabled", "NextPollAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_UpdatedAt_Id",
                table: "Feeds",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_Url",
                table: "Feeds",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_SourceId_SpanStart",
                table: "Proposals",
                columns: new[] { "SourceId", "SpanStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_StatementId",
                table: "Proposals",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Status_Id",
                table: "Proposals",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_StrengthObservationId",
                table: "Proposals",
                column: "StrengthObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TroopTransferId",
                table: "Proposals",
                column: "TroopTransferId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_UpdatedAt_Id",
                table: "Proposals",
                columns: new[] { "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Feeds");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Sources_ContentHash",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_NormalizedUrl",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "NormalizedUrl",
                table: "Sources");
        }
    }
}
