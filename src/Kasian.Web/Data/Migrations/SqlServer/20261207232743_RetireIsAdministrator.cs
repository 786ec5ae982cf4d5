using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kasian.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RetireIsAdministrator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Roles took over in Administration; this column is only dropped now (see there why it is a migration of its own).
            migrationBuilder.DropColumn(
                name: "IsAdministrator",
                table: "People");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsAdministrator",
                table: "People",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"People\" SET \"IsAdministrator\" = 1 WHERE (\"Roles\" & 1) <> 0");
        }
    }
}
