using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartialFactIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_OrganisationId",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Citations_MissionStatusChangeId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_StatementId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_StrengthObservationId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TimelineEventId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TransferStatusChangeId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TroopTransferId",
                table: "Citations");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OrganisationId",
                table: "Statements",
                column: "OrganisationId",
                filter: "\"OrganisationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_MissionStatusChangeId",
                table: "Citations",
                column: "MissionStatusChangeId",
                filter: "\"MissionStatusChangeId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StatementId",
                table: "Citations",
                column: "StatementId",
                filter: "\"StatementId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StrengthObservationId",
                table: "Citations",
                column: "StrengthObservationId",
                filter: "\"StrengthObservationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TimelineEventId",
                table: "Citations",
                column: "TimelineEventId",
                filter: "\"TimelineEventId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TransferStatusChangeId",
                table: "Citations",
                column: "TransferStatusChangeId",
                filter: "\"TransferStatusChangeId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TroopTransferId",
                table: "Citations",
                column: "TroopTransferId",
                filter: "\"TroopTransferId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_OrganisationId",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Citations_MissionStatusChangeId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_StatementId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_StrengthObservationId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TimelineEventId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TransferStatusChangeId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_TroopTransferId",
                table: "Citations");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OrganisationId",
                table: "Statements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_MissionStatusChangeId",
                table: "Citations",
                column: "MissionStatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StatementId",
                table: "Citations",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StrengthObservationId",
                table: "Citations",
                column: "StrengthObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TimelineEventId",
                table: "Citations",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TransferStatusChangeId",
                table: "Citations",
                column: "TransferStatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_TroopTransferId",
                table: "Citations",
                column: "TroopTransferId");
        }
    }
}
