using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Engine;

/// <summary>The seed case's people at Phu Sang SAO (DESIGN.md §1), with their capacities on the memo's date.</summary>
internal static class People
{
    public const string HeadOfOfficeTitle = "หัวหน้าสำนักปลัด";
    public const string PaladTitle = "ปลัดองค์การบริหารส่วนตำบลภูซาง";
    public const string NayokTitle = "นายกองค์การบริหารส่วนตำบลภูซาง";
    public const string ActingPaladLine = "หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง";

    public static readonly DateOnly SeedDay = new(2025, 2, 11);

    public static Actor Thapthim { get; } = Person("00000000-0000-0000-0000-000000000001",
        new Appointment("hr-officer", "นักทรัพยากรบุคคลชำนาญการ", CapacityKind.Holder, new(2020, 1, 1), null));

    public static Actor Naphaporn { get; } = Person("00000000-0000-0000-0000-000000000002",
        new Appointment("head-of-palad-office", HeadOfOfficeTitle, CapacityKind.Holder, new(2019, 10, 1), null),
        new Appointment("palad", PaladTitle, CapacityKind.Acting, new(2024, 12, 1), new(2025, 3, 31)));

    public static Actor Worawit { get; } = Person("00000000-0000-0000-0000-000000000003",
        new Appointment("nayok", NayokTitle, CapacityKind.Holder, new(2021, 11, 28), null));

    public static Actor Person(string id, params Appointment[] appointments) =>
        new(new PersonId(Guid.Parse(id)), Capacities.InForce(appointments, SeedDay));
}
