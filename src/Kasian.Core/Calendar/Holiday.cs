namespace Kasian.Core.Calendar;

/// <summary>One day off with its name, as a holiday list states it (วันหยุดราชการ, or an office's own).</summary>
public sealed record Holiday(DateOnly Date, string Name);
