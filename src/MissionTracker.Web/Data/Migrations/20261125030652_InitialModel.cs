using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Demonyms = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Id);
                    table.CheckConstraint("CK_Countries_Code", "length(\"Code\") = 2 AND \"Code\" = upper(\"Code\")");
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000000, nullable: true),
                    RetrievedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventCountries",
                columns: table => new
                {
                    CountriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TimelineEventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCountries", x => new { x.CountriesId, x.TimelineEventId });
                    table.ForeignKey(
                        name: "FK_EventCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventCountries_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Missions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeadOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadCountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    HostCountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Missions", x => x.Id);
                    table.CheckConstraint("CK_Missions_Slug", "\"Slug\" <> '' AND \"Slug\" = lower(\"Slug\")");
                    table.ForeignKey(
                        name: "FK_Missions_Countries_HostCountryId",
                        column: x => x.HostCountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Missions_Countries_LeadCountryId",
                        column: x => x.LeadCountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Missions_Organisations_LeadOrganisationId",
                        column: x => x.LeadOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRoles", x => x.Id);
                    table.CheckConstraint("CK_PersonRoles_Dates", "\"From\" IS NULL OR \"To\" IS NULL OR \"From\" <= \"To\"");
                    table.ForeignKey(
                        name: "FK_PersonRoles_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRoles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PersonRoles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpeakerRole = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_People_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventMissions",
                columns: table => new
                {
                    MissionsId = table.Column<int>(type: "INTEGER", nullable: false),
                    TimelineEventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMissions", x => new { x.MissionsId, x.TimelineEventId });
                    table.ForeignKey(
                        name: "FK_EventMissions_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventMissions_Missions_MissionsId",
                        column: x => x.MissionsId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MissionStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissionStatusChanges_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrengthObservations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: true),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PersonnelCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonnelDescription = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PersonnelMax = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonnelMin = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonnelPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrengthObservations", x => x.Id);
                    table.CheckConstraint("CK_StrengthObservations_Personnel", "(\"PersonnelCount\" IS NULL OR \"PersonnelCount\" >= 0) AND (\"PersonnelMin\" IS NULL OR \"PersonnelMax\" IS NULL OR \"PersonnelMin\" <= \"PersonnelMax\")");
                    table.ForeignKey(
                        name: "FK_StrengthObservations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrengthObservations_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TroopTransfers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountryId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromMissionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToMissionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PersonnelCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonnelDescription = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PersonnelMax = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonnelMin = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonnelPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TroopTransfers", x => x.Id);
                    table.CheckConstraint("CK_TroopTransfers_Missions", "\"FromMissionId\" IS NULL OR \"ToMissionId\" IS NULL OR \"FromMissionId\" <> \"ToMissionId\"");
                    table.ForeignKey(
                        name: "FK_TroopTransfers_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TroopTransfers_Missions_FromMissionId",
                        column: x => x.FromMissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TroopTransfers_Missions_ToMissionId",
                        column: x => x.ToMissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatementMissions",
                columns: table => new
                {
                    MissionsId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementMissions", x => new { x.MissionsId, x.StatementId });
                    table.ForeignKey(
                        name: "FK_StatementMissions_Missions_MissionsId",
                        column: x => x.MissionsId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StatementMissions_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransferStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TroopTransferId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferStatusChanges_TroopTransfers_TroopTransferId",
                        column: x => x.TroopTransferId,
                        principalTable: "TroopTransfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Citations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanStart = table.Column<int>(type: "INTEGER", nullable: true),
                    SpanEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: true),
                    StrengthObservationId = table.Column<int>(type: "INTEGER", nullable: true),
                    TroopTransferId = table.Column<int>(type: "INTEGER", nullable: true),
                    TimelineEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    MissionStatusChangeId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransferStatusChangeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => x.Id);
                    table.CheckConstraint("CK_Citations_OneFact", "(CASE WHEN \"StatementId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StrengthObservationId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"TroopTransferId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"TimelineEventId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MissionStatusChangeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"TransferStatusChangeId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.CheckConstraint("CK_Citations_Span", "(\"SpanStart\" IS NULL AND \"SpanEnd\" IS NULL) OR (\"SpanStart\" >= 0 AND \"SpanEnd\" >= \"SpanStart\")");
                    table.ForeignKey(
                        name: "FK_Citations_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_MissionStatusChanges_MissionStatusChangeId",
                        column: x => x.MissionStatusChangeId,
                        principalTable: "MissionStatusChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_StrengthObservations_StrengthObservationId",
                        column: x => x.StrengthObservationId,
                        principalTable: "StrengthObservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_TransferStatusChanges_TransferStatusChangeId",
                        column: x => x.TransferStatusChangeId,
                        principalTable: "TransferStatusChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_TroopTransfers_TroopTransferId",
                        column: x => x.TroopTransferId,
                        principalTable: "TroopTransfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Citations_MissionStatusChangeId",
                table: "Citations",
                column: "MissionStatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_SourceId",
                table: "Citations",
                column: "SourceId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Code",
                table: "Countries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Name",
                table: "Countries",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_EventCountries_TimelineEventId",
                table: "EventCountries",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventMissions_TimelineEventId",
                table: "EventMissions",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_OccurredOn_Id",
                table: "Events",
                columns: new[] { "OccurredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Missions_HostCountryId",
                table: "Missions",
                column: "HostCountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_LeadCountryId",
                table: "Missions",
                column: "LeadCountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_LeadOrganisationId",
                table: "Missions",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_Slug",
                table: "Missions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MissionStatusChanges_MissionId_On",
                table: "MissionStatusChanges",
                columns: new[] { "MissionId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_CountryId",
                table: "Organisations",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRoles_CountryId",
                table: "PersonRoles",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRoles_OrganisationId",
                table: "PersonRoles",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRoles_PersonId",
                table: "PersonRoles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_PublishedOn_Id",
                table: "Sources",
                columns: new[] { "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Url",
                table: "Sources",
                column: "Url");

            migrationBuilder.CreateIndex(
                name: "IX_StatementMissions_StatementId",
                table: "StatementMissions",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OrganisationId",
                table: "Statements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SaidOn_Id",
                table: "Statements",
                columns: new[] { "SaidOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SpeakerId_SaidOn",
                table: "Statements",
                columns: new[] { "SpeakerId", "SaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_UpdatedAt",
                table: "Statements",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StrengthObservations_CountryId_ObservedOn",
                table: "StrengthObservations",
                columns: new[] { "CountryId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StrengthObservations_MissionId_CountryId_ObservedOn",
                table: "StrengthObservations",
                columns: new[] { "MissionId", "CountryId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferStatusChanges_TroopTransferId_On",
                table: "TransferStatusChanges",
                columns: new[] { "TroopTransferId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_TroopTransfers_CountryId",
                table: "TroopTransfers",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_TroopTransfers_FromMissionId",
                table: "TroopTransfers",
                column: "FromMissionId");

            migrationBuilder.CreateIndex(
                name: "IX_TroopTransfers_Status",
                table: "TroopTransfers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_TroopTransfers_ToMissionId",
                table: "TroopTransfers",
                column: "ToMissionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "EventCountries");

            migrationBuilder.DropTable(
                name: "EventMissions");

            migrationBuilder.DropTable(
                name: "PersonRoles");

            migrationBuilder.DropTable(
                name: "StatementMissions");

            migrationBuilder.DropTable(
                name: "MissionStatusChanges");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "StrengthObservations");

            migrationBuilder.DropTable(
                name: "TransferStatusChanges");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "TroopTransfers");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Missions");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}
