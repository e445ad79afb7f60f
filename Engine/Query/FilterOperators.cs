using System.Collections.Frozen;
using SoftrLite.Errors;

namespace SoftrLite;

/// <summary>The API's spelling of each <see cref="FilterOperator"/> (<c>IS_NOT_ONE_OF</c>, …) and back.</summary>
public static class FilterOperators
{
    private static readonly FrozenDictionary<string, FilterOperator> ByName =
        Enum.GetValues<FilterOperator>().ToFrozenDictionary(ToWireName, StringComparer.Ordinal);

    /// <summary>The operator as the API spells it, e.g. <c>GREATER_THAN_OR_EQUALS</c>.</summary>
    public static string ToWireName(this FilterOperator op) => op switch
    {
        FilterOperator.And => "AND",
        FilterOperator.Or => "OR",
        FilterOperator.IsEmpty => "IS_EMPTY",
        FilterOperator.IsNotEmpty => "IS_NOT_EMPTY",
        FilterOperator.IsBetween => "IS_BETWEEN",
        FilterOperator.IsNotBetween => "IS_NOT_BETWEEN",
        FilterOperator.IsWithin => "IS_WITHIN",
        FilterOperator.IsNotWithin => "IS_NOT_WITHIN",
        FilterOperator.Is => "IS",
        FilterOperator.IsNot => "IS_NOT",
        FilterOperator.GreaterThan => "GREATER_THAN",
        FilterOperator.GreaterThanOrEquals => "GREATER_THAN_OR_EQUALS",
        FilterOperator.LessThan => "LESS_THAN",
        FilterOperator.LessThanOrEquals => "LESS_THAN_OR_EQUALS",
        FilterOperator.Contains => "CONTAINS",
        FilterOperator.DoesNotContain => "DOES_NOT_CONTAIN",
        FilterOperator.StartsWith => "STARTS_WITH",
        FilterOperator.DoesNotStartWith => "DOES_NOT_START_WITH",
        FilterOperator.EndsWith => "ENDS_WITH",
        FilterOperator.DoesNotEndWith => "DOES_NOT_END_WITH",
        FilterOperator.IsOneOf => "IS_ONE_OF",
        FilterOperator.IsNotOneOf => "IS_NOT_ONE_OF",
        FilterOperator.HasAnyOf => "HAS_ANY_OF",
        FilterOperator.HasAllOf => "HAS_ALL_OF",
        FilterOperator.HasNoneOf => "HAS_NONE_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    /// <summary>Parses the API's spelling (exact, upper case).</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for an unknown operator.</exception>
    public static FilterOperator Parse(string name) =>
        ByName.TryGetValue(name, out var op) ? op : throw SoftrErrors.UnknownOperator(name);

    /// <summary>For a negated operator, the operator it negates; otherwise the operator itself.</summary>
    public static FilterOperator Positive(this FilterOperator op) => op switch
    {
        FilterOperator.IsNotEmpty => FilterOperator.IsEmpty,
        FilterOperator.IsNotBetween => FilterOperator.IsBetween,
        FilterOperator.IsNotWithin => FilterOperator.IsWithin,
        FilterOperator.IsNot => FilterOperator.Is,
        FilterOperator.DoesNotContain => FilterOperator.Contains,
        FilterOperator.DoesNotStartWith => FilterOperator.StartsWith,
        FilterOperator.DoesNotEndWith => FilterOperator.EndsWith,
        FilterOperator.IsNotOneOf => FilterOperator.IsOneOf,
        FilterOperator.HasNoneOf => FilterOperator.HasAnyOf,
        _ => op,
    };
}
