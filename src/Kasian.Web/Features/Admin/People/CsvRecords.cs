using System.Text;
using Kasian.Web.Common;

namespace Kasian.Web.Features.Admin.People;

/// <summary>One CSV record and the line of the file it starts on (a quoted field may span lines).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// CSV as spreadsheets write it (RFC 4180): comma-separated, fields in double quotes may hold commas, quotes ("")
/// and line breaks; CRLF or LF; a UTF-8 byte order mark is dropped. Blank lines (or lines of empty
/// fields, as spreadsheets leave) are skipped.
/// </summary>
public static class CsvRecords
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of an uploaded file, which must be UTF-8 (Excel: "CSV UTF-8"); a problem naming <paramref name="field"/> otherwise.</summary>
    public static (string? Text, Problem? Problem) Decode(ReadOnlySpan<byte> bytes, string field = "file")
    {
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problem.Invalid(field, "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\"."));
        }
    }

    /// <summary>The records, or the line where a quoted field opens and never closes.</summary>
    public static (List<CsvRecord> Records, int? UnclosedQuoteAt) Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, wasQuoted) = (1, 1, false, false);
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (quoted)
            {
                if (c == '"' && next == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n' || (c == '\r' && next != '\n')) line++;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted) quoted = wasQuoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); wasQuoted = false; }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && next == '\n') i++;
                End();
                start = ++line;
            }
            else field.Append(c);
        }
        if (quoted) return (records, start);
        End();
        return (records, null);

        void End()
        {
            fields.Add(field.ToString());
            if (fields.Any(f => !string.IsNullOrWhiteSpace(f))) records.Add(new CsvRecord(start, fields.ToList()));
            fields.Clear();
            field.Clear();
            wasQuoted = false;
        }
    }
}
