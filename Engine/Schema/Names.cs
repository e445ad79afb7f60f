using SoftrLite.Errors;

namespace SoftrLite.Schema;

/// <summary>The rules for names and descriptions of databases, tables, fields and views.</summary>
internal static class Names
{
    public const int MaxLength = 255;

    /// <summary>Trims a name and checks it is 1 to 255 characters.</summary>
    public static string Normalize(string? name, string what)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw SoftrErrors.NameMissing(what);
        }

        if (trimmed.Length > MaxLength)
        {
            throw SoftrErrors.NameTooLong(what, trimmed.Length);
        }

        // U+0000 ends strings in C APIs and PostgreSQL cannot store it in text: no name holds it, on either back end.
        if (trimmed.Contains('\0', StringComparison.Ordinal))
        {
            throw SoftrErrors.NameHasNul(what);
        }

        return trimmed;
    }

    /// <summary>A description as stored: trimmed, and <see langword="null"/> when empty.</summary>
    public static string? Description(string? description)
    {
        var trimmed = description?.Trim();
        if (trimmed is not null && trimmed.Contains('\0', StringComparison.Ordinal))
        {
            throw SoftrErrors.DescriptionHasNul();
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
