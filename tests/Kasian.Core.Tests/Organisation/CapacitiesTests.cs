using Kasian.Core.Organisation;

namespace Kasian.Core.Tests.Organisation;

public class CapacitiesTests
{
    private static readonly DateOnly Day = new(2025, 2, 11);
    private static readonly Appointment HeadOfOffice = new("head-of-palad-office", "หัวหน้าสำนักปลัด", CapacityKind.Holder, new(2019, 10, 1), null);

    private static Appointment Palad(CapacityKind kind, DateOnly from, DateOnly? to) =>
        new("palad", "ปลัดองค์การบริหารส่วนตำบลภูซาง", kind, from, to);

    [Fact]
    public void Holder_line_is_the_position_title()
    {
        var capacity = Assert.Single(Capacities.InForce([HeadOfOffice], Day));

        Assert.Equal(new Capacity("head-of-palad-office", CapacityKind.Holder, "หัวหน้าสำนักปลัด"), capacity);
    }

    [Fact]
    public void Acting_line_reads_own_post_acting_for_the_post()
    {
        var capacities = Capacities.InForce([HeadOfOffice, Palad(CapacityKind.Acting, new(2025, 1, 1), null)], Day);

        Assert.Equal("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", capacities.Single(c => c.Position == "palad").Text);
    }

    [Fact]
    public void Delegated_line_reads_own_post_on_behalf_of_the_post()
    {
        var capacities = Capacities.InForce([HeadOfOffice, Palad(CapacityKind.Delegated, new(2025, 1, 1), null)], Day);

        Assert.Equal(new Capacity("palad", CapacityKind.Delegated, "หัวหน้าสำนักปลัด ปฏิบัติราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง"),
            capacities.Single(c => c.Position == "palad"));
    }

    [Fact]
    public void Acting_line_without_an_own_post_names_only_the_post()
    {
        var capacity = Assert.Single(Capacities.InForce([Palad(CapacityKind.Acting, new(2025, 1, 1), null)], Day));

        Assert.Equal("รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", capacity.Text);
    }

    [Fact]
    public void Appointment_is_in_force_on_its_last_day()
    {
        var acting = Palad(CapacityKind.Acting, new(2025, 1, 1), new(2025, 2, 11));

        Assert.True(acting.IsInForceOn(new(2025, 2, 11)));
        Assert.False(acting.IsInForceOn(new(2025, 2, 12)));
    }

    [Fact]
    public void Appointment_is_in_force_from_its_first_day()
    {
        var acting = Palad(CapacityKind.Acting, new(2025, 2, 11), new(2025, 3, 31));

        Assert.False(acting.IsInForceOn(new(2025, 2, 10)));
        Assert.True(acting.IsInForceOn(new(2025, 2, 11)));
    }

    [Fact]
    public void Open_ended_appointment_stays_in_force()
    {
        Assert.True(HeadOfOffice.IsInForceOn(new(2040, 12, 31)));
    }

    [Fact]
    public void Expired_acting_appointment_is_not_in_force()
    {
        var capacities = Capacities.InForce([HeadOfOffice, Palad(CapacityKind.Acting, new(2024, 10, 1), new(2025, 1, 31))], Day);

        Assert.Equal(["head-of-palad-office"], capacities.Select(c => c.Position));
    }

    [Fact]
    public void Acting_line_uses_the_own_post_held_on_that_day()
    {
        var formerPost = new Appointment("deputy-palad", "รองปลัดองค์การบริหารส่วนตำบล", CapacityKind.Holder, new(2015, 1, 1), new(2019, 9, 30));

        var capacities = Capacities.InForce([formerPost, HeadOfOffice, Palad(CapacityKind.Acting, new(2025, 1, 1), null)], Day);

        Assert.Equal("หัวหน้าสำนักปลัด รักษาราชการแทน ปลัดองค์การบริหารส่วนตำบลภูซาง", capacities.Single(c => c.Position == "palad").Text);
    }

    [Fact]
    public void Holding_a_post_outranks_acting_in_it()
    {
        var capacities = Capacities.InForce([Palad(CapacityKind.Acting, new(2024, 1, 1), null), Palad(CapacityKind.Holder, new(2025, 1, 1), null)], Day);

        Assert.Equal(CapacityKind.Holder, Assert.Single(capacities).Kind);
    }

    [Fact]
    public void No_appointments_give_no_capacities()
    {
        Assert.Empty(Capacities.InForce([], Day));
    }

    [Fact]
    public void A_delegates_order_is_printed_as_by_order_and_carries_its_scope()
    {
        var scope = new DelegationScope(100_000m, ["procurement"]);
        var delegated = Palad(CapacityKind.Delegated, new(2025, 1, 1), null) with { OrderReference = "คำสั่ง อบต.ภูซาง ที่ ๑๒/๒๕๖๘", Scope = scope };

        var capacity = Capacities.InForce([HeadOfOffice, delegated], Day).Single(c => c.Position == "palad");

        Assert.Equal("ตามคำสั่ง คำสั่ง อบต.ภูซาง ที่ ๑๒/๒๕๖๘", capacity.Order);
        Assert.Same(scope, capacity.Scope);
    }

    [Fact]
    public void An_order_that_already_says_by_order_is_not_said_twice_and_an_acting_order_is_printed_as_entered()
    {
        var delegated = Palad(CapacityKind.Delegated, new(2025, 1, 1), null) with { OrderReference = "ตามคำสั่ง อบต.ภูซาง ที่ ๑๒/๒๕๖๘" };
        var acting = Palad(CapacityKind.Acting, new(2025, 1, 1), null) with { OrderReference = "คำสั่ง อบต.ภูซาง ที่ ๑๓/๒๕๖๘", Scope = new DelegationScope(1m, []) };

        Assert.Equal("ตามคำสั่ง อบต.ภูซาง ที่ ๑๒/๒๕๖๘", Capacities.InForce([delegated], Day).Single().Order);
        var actingCapacity = Capacities.InForce([acting], Day).Single();
        Assert.Equal("คำสั่ง อบต.ภูซาง ที่ ๑๓/๒๕๖๘", actingCapacity.Order);
        Assert.Null(actingCapacity.Scope);
    }

    [Theory]
    [InlineData(100000.00, "procurement", null)]
    [InlineData(99999.99, "procurement", null)]
    [InlineData(100000.01, "procurement", "up to 100,000 baht and this memo is for 100,000.01 baht")]
    [InlineData(null, "procurement", "this memo states no amount")]
    [InlineData(5000.0, "personnel", "of kind procurement and this memo is of kind personnel")]
    [InlineData(5000.0, null, "this memo is of no kind")]
    public void A_delegation_scope_covers_memos_within_its_amount_and_kinds(double? amount, string? type, string? refusal)
    {
        var scope = new DelegationScope(100_000m, ["procurement"]);
        var facts = new Kasian.Core.Routes.MemoFacts((decimal?)amount, type);

        Assert.Equal(refusal is null, scope.Covers(facts));
        if (refusal is null) Assert.Null(scope.Refuses(facts));
        else Assert.Contains(refusal, scope.Refuses(facts), StringComparison.Ordinal);
    }
}
