namespace SoftrLite.Formula;

/// <summary>The host part of a URL, for <c>DOMAIN</c>: scheme, user info, port, path and a leading <c>www.</c> removed.</summary>
internal static class UrlDomain
{
    /// <summary>The lower-case host of <paramref name="url"/> without a leading <c>www.</c>; "" when there is none.</summary>
    public static string Of(string url)
    {
        var s = url.AsSpan().Trim();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }
        else if (s.StartsWith("//", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        var end = s.IndexOfAny("/?#");
        if (end >= 0)
        {
            s = s[..end];
        }

        var at = s.LastIndexOf('@');
        if (at >= 0)
        {
            s = s[(at + 1)..];
        }

        if (s.StartsWith("[", StringComparison.Ordinal))
        {
            var close = s.IndexOf(']');
            return close > 0 ? s[..(close + 1)].ToString().ToLowerInvariant() : "";
        }

        var colon = s.IndexOf(':');
        if (colon >= 0)
        {
            s = s[..colon];
        }

        var host = s.ToString().ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
