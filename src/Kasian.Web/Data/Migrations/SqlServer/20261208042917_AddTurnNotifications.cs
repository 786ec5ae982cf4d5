using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kasian.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddTurnNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_NotificationDeliveries_Reminders_ReminderId",
                table: "NotificationDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_NotificationDeliveries_ReminderId_RecipientId_Channel",
                table: "NotificationDeliveries");

            migrationBuilder.AlterColumn<Guid>(
                name: "ReminderId",
                table: "NotificationDeliveries",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<Guid>(
                name: "NoticeId",
                table: "NotificationDeliveries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MemoNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    MemoId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Link = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    StepId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemoNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationChoices",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationChoices", x => new { x.PersonId, x.Kind, x.Channel });
                    table.ForeignKey(
                        name: "FK_NotificationChoices_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationCursors",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LastEventId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationCursors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationProfiles",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuietHours = table.Column<bool>(type: "bit", nullable: false),
                    LineCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LineCodeExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationProfiles", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_NotificationProfiles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationDeliveries_NoticeId_RecipientId_Channel",
                table: "NotificationDeliveries",
                columns: new[] { "NoticeId", "RecipientId", "Channel" },
                unique: true,
                filter: "[NoticeId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationDeliveries_ReminderId_RecipientId_Channel",
                table: "NotificationDeliveries",
                columns: new[] { "ReminderId", "RecipientId", "Channel" },
                unique: true,
                filter: "[ReminderId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MemoNotices_EventId",
                table: "MemoNotices",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationProfiles_LineCodeHash",
                table: "NotificationProfiles",
                column: "LineCodeHash");

            migrationBuilder.AddForeignKey(
                name: "FK_NotificationDeliveries_MemoNotices_NoticeId",
                table: "NotificationDeliveries",
                column: "NoticeId",
                principalTable: "MemoNotices",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_NotificationDeliveries_Reminders_ReminderId",
                table: "NotificationDeliveries",
                column: "ReminderId",
                principalTable: "Reminders",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_NotificationDeliveries_MemoNotices_NoticeId",
                table: "NotificationDeliveries");

            migrationBuilder.DropForeignKey(
                name: "FK_NotificationDeliveries_Reminders_ReminderId",
                table: "NotificationDeliveries");

            migrationBuilder.DropTable(
                name: "MemoNotices");

            migrationBuilder.DropTable(
                name: "NotificationChoices");

            migrationBuilder.DropTable(
                name: "NotificationCursors");

            migrationBuilder.DropTable(
                name: "NotificationProfiles");

            migrationBuilder.DropIndex(
                name: "IX_NotificationDeliveries_NoticeId_RecipientId_Channel",
                table: "NotificationDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_NotificationDeliveries_ReminderId_RecipientId_Channel",
                table: "NotificationDeliveries");

            migrationBuilder.DropColumn(
                name: "NoticeId",
                table: "NotificationDeliveries");

            migrationBuilder.AlterColumn<Guid>(
                name: "ReminderId",
                table: "NotificationDeliveries",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationDeliveries_ReminderId_RecipientId_Channel",
                table: "NotificationDeliveries",
                columns: new[] { "ReminderId", "RecipientId", "Channel" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_NotificationDeliveries_Reminders_ReminderId",
                table: "NotificationDeliveries",
                column: "ReminderId",
                principalTable: "Reminders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
