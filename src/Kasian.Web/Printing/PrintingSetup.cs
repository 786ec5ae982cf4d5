namespace Kasian.Web.Printing;

public static class PrintingSetup
{
    /// <summary>The fonts are read once and shared; the form's measurements are the official ones until a setting changes them.</summary>
    public static IServiceCollection AddKasianPrinting(this IServiceCollection services)
    {
        services.AddSingleton(_ => new PdfFonts());
        services.AddSingleton(FormMeasures.Official);
        services.AddSingleton<MemoPdfRenderer>();
        services.AddScoped<IPrintImageSource, StoredPrintImages>();
        return services;
    }
}
