using System.Globalization;
using System.Text.RegularExpressions;

namespace SoftrLite.Cli.Import;

/// <summary>
/// The field type <c>import --create</c> gives a new column, from its non-empty cells: NUMBER when every cell is an
/// invariant number, CHECKBOX when every cell is true/false, DATE when every cell is <c>yyyy-MM-dd</c>, DATETIME when
/// every cell is an ISO 8601 date and time, EMAIL, URL (http or https) likewise; LONG_TEXT when a cell holds a line
/// break; otherwise (and for a column with no value) SINGLE_LINE_TEXT. Nothing subtler: rename or retype fields after.
/// </summary>
public static partial class TypeInference
{
    private static readonly string[] Candidates =
        [FieldTypeNames.Number, FieldTypeNames.Checkbox, FieldTypeNames.Date, FieldTypeNames.DateTime, FieldTypeNames.Email, FieldTypeNames.Url];

    /// <summary>The type for a column holding <paramref name="cells"/>.</summary>
    public static string Infer(IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var possible = new List<string>(Candidates);
        var any = false;
        var multiline = false;
        foreach (var cell in cells)
        {
            if (cell.Length == 0)
            {
                continue;
            }

            any = true;
            multiline |= cell.AsSpan().IndexOfAny('\r', '\n') >= 0;
            possible.RemoveAll(type => !Fits(type, cell));
        }

        return !any ? FieldTypeNames.SingleLineText
            : possible.Count > 0 ? possible[0]
            : multiline ? FieldTypeNames.LongText
            : FieldTypeNames.SingleLineText;
    }

    /// <summary>Whether one non-empty cell has the form of <paramref name="type"/>.</summary>
    public static bool Fits(string type, string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return type switch
        {
            FieldTypeNames.Number => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number),
            FieldTypeNames.Checkbox => cell is "true" or "false" or "TRUE" or "FALSE" or "True" or "False",
            FieldTypeNames.Date => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            FieldTypeNames.DateTime => IsoDateTime().IsMatch(cell)
                && DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            FieldTypeNames.Email => Email().IsMatch(cell),
            FieldTypeNames.Url => Uri.TryCreate(cell, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps),
            _ => false,
        };
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^[^@\s,]+@[^@\s,]+\.[^@\s,]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
