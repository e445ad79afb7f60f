using SoftrLite.Errors;

namespace SoftrLite.Schema;

/// <summary>Checks paging: offset and limit at least 0; the limit is capped at 200 by <see cref="Paging.EffectiveLimit"/>.</summary>
internal static class PagingRules
{
    public static Paging Validate(Paging? paging)
    {
        var value = paging ?? Paging.Default;
        if (value.Offset < 0)
        {
            throw SoftrErrors.InvalidPaging("offset", value.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (value.Limit < 0)
        {
            throw SoftrErrors.InvalidPaging("limit", value.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value;
    }
}
