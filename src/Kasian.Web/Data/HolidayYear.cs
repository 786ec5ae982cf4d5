namespace Kasian.Web.Data;

/// <summary>
/// One year's holiday list, national (<see cref="OrganisationId"/> = <see cref="Guid.Empty"/>) or one office's local list.
/// Holidays change every year by cabinet resolution, so administrators publish them per year; the file in
/// <c>workflows/calendars/</c> only seeds the years it covers.
/// </summary>
public sealed class HolidayYear
{
    public static readonly Guid National = Guid.Empty;

    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    /// <summary>JSON array of <c>{ "date": "2027-01-01", "name": "วันขึ้นปีใหม่" }</c>.</summary>
    public required string Holidays { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
