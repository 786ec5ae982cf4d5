using System.Text.Encodings.Web;
using Kasian.Web.Common;

namespace Kasian.Web.Pages;

/// <summary>
/// What a person sees when the database cannot write: a plain page in their language, with the status and
/// Retry-After set by <see cref="ExceptionProblems"/>. Written without the layout, which reads the database itself.
/// </summary>
public static class StoragePage
{
    // Thai stays Thai, as on every page (PagesSetup); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static async Task WriteAsync(HttpContext http)
    {
        var texts = new Texts(new HttpContextAccessor { HttpContext = http });
        var html = Encoder;
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{texts.Language}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{html.Encode(texts["storage.title"])} · {html.Encode(texts["app.name"])}</title>
              <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
              <main id="main">
                <h1>{html.Encode(texts["storage.title"])}</h1>
                <div class="alert error" role="alert">{html.Encode(texts["problem." + StorageFaults.Code])} <code>{StorageFaults.Code}</code></div>
                <p>{html.Encode(texts["storage.back"])}</p>
                <p><a href="/">{html.Encode(texts["nav.inbox"])}</a></p>
              </main>
            </body>
            </html>
            """);
    }
}
