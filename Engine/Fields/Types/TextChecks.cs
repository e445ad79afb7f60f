namespace SoftrLite.Fields.Types;

/// <summary>Hand-written checks shared by the text-like types (no regular expressions, linear time).</summary>
internal static class TextChecks
{
    public const int MaxEmailLength = 320;
    public const int MaxUrlLength = 2000;
    private const int MaxLocalPartLength = 64;
    private const int MaxDomainLength = 255;
    private const int MaxLabelLength = 63;

    public static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny('\r', '\n') >= 0;

    /// <summary>
    /// Whether the text holds U+0000, which SQLite's text functions treat as the end of a string (so it could not be
    /// searched correctly) and which marks stored formula errors. No stored text holds it.
    /// </summary>
    public static bool HasNul(string text) => text.Contains('\0', StringComparison.Ordinal);

    public static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One <c>@</c>; a local part of 1–64 characters without white space or control characters; a domain of
    /// dot-separated labels (letters, digits, hyphens; not starting or ending with a hyphen), at least two of them.
    /// </summary>
    public static bool IsEmail(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at > MaxLocalPartLength || address.IndexOf('@', at + 1) >= 0)
        {
            return false;
        }

        foreach (var c in address.AsSpan(0, at))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        var domain = address.AsSpan(at + 1);
        return domain.Length <= MaxDomainLength && domain.Contains('.') && AreDomainLabels(domain);
    }

    /// <summary>An absolute http or https URL with a host and no control characters.</summary>
    public static bool IsHttpUrl(string url, out Uri? uri)
    {
        uri = null;
        return url.Length <= MaxUrlLength
            && !HasControlCharacter(url)
            && Uri.TryCreate(url, UriKind.Absolute, out uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
    }

    private static bool AreDomainLabels(ReadOnlySpan<char> domain)
    {
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (c != '-' && !char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
