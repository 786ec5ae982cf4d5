namespace Kasian.Web.Data;

/// <summary>When the outgoing register starts again from 1.</summary>
public enum NumberingYear
{
    /// <summary>1 January (the rule for orders, คำสั่ง).</summary>
    Calendar,

    /// <summary>1 October, the start of the fiscal year.</summary>
    Fiscal,
}

/// <summary>A local administration (อบต., เทศบาล): one outgoing register, its units, positions and people.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The short form used in running text and capacity lines, e.g. "อบต.ภูซาง".</summary>
    public string? ShortName { get; set; }

    /// <summary>Letter code printed before the running number, e.g. "พย ๗๒๔๐๑" (the API calls it registerPrefix).</summary>
    public required string RegisterCode { get; set; }

    public NumberingYear NumberingYear { get; set; } = NumberingYear.Calendar;

    public string? Province { get; set; }

    public string? District { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>ส่วนราชการ: a unit of an organisation (สำนักปลัด, กองคลัง).</summary>
public sealed class Unit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public string? Phone { get; set; }

    /// <summary>A unit that is closed stays for the record; no new position is placed in it.</summary>
    public bool Active { get; set; } = true;
}

/// <summary>ตำแหน่ง: a post. Route steps name positions by <see cref="Code"/>, never people.</summary>
public sealed class Position
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public Guid? UnitId { get; set; }

    public required string Code { get; set; }

    /// <summary>The title as printed under a signature, e.g. "ปลัดองค์การบริหารส่วนตำบลภูซาง".</summary>
    public required string Title { get; set; }

    /// <summary>The post above this one (ผู้บังคับบัญชา): its holder may approve a stand-in for this post.</summary>
    public Guid? SuperiorPositionId { get; set; }

    /// <summary>An abolished post stays for the record (old memos name it); nobody is appointed to it any more.</summary>
    public bool Active { get; set; } = true;
}
