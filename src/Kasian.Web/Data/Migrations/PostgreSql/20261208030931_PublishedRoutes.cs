using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kasian.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PublishedRoutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "RouteVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PublishedById",
                table: "RouteVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RouteVersions_OrganisationId",
                table: "RouteVersions",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RouteVersions_OrganisationId",
                table: "RouteVersions");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "RouteVersions");

            migrationBuilder.DropColumn(
                name: "PublishedById",
                table: "RouteVersions");
        }
    }
}
