using System.Text.Json;

namespace SoftrLite;

/// <summary>
/// One node of a search filter, in the API's grammar: a composite (<c>AND</c>/<c>OR</c> over <see cref="Conditions"/>),
/// a unary test (<c>IS_EMPTY</c>), a binary comparison (<see cref="RightSide"/>) or a range (<see cref="LowerBound"/>, <see cref="UpperBound"/>).
/// </summary>
/// <param name="Operator">The operator.</param>
public sealed record FilterCondition(FilterOperator Operator)
{
    private static readonly JsonSerializerOptions ValueOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The field: its ID, its exact name, or the system keys <c>created_at</c> and <c>updated_at</c>.</summary>
    public string? LeftSide { get; init; }

    /// <summary>The value compared with: a string, number, boolean or array.</summary>
    public JsonElement? RightSide { get; init; }

    /// <summary>The lower bound of a range.</summary>
    public JsonElement? LowerBound { get; init; }

    /// <summary>The upper bound of a range.</summary>
    public JsonElement? UpperBound { get; init; }

    /// <summary>The nested conditions of <c>AND</c> and <c>OR</c>.</summary>
    public IReadOnlyList<FilterCondition> Conditions { get; init; } = [];

    /// <summary>All of the conditions.</summary>
    public static FilterCondition And(params FilterCondition[] conditions) => new(FilterOperator.And) { Conditions = conditions };

    /// <summary>Any of the conditions.</summary>
    public static FilterCondition Or(params FilterCondition[] conditions) => new(FilterOperator.Or) { Conditions = conditions };

    /// <summary>A binary comparison of a field with a .NET value (string, number, bool, array).</summary>
    public static FilterCondition Compare(string field, FilterOperator op, object? value) =>
        new(op) { LeftSide = field, RightSide = JsonSerializer.SerializeToElement(value, ValueOptions) };

    /// <summary>A unary test such as <see cref="FilterOperator.IsEmpty"/>.</summary>
    public static FilterCondition Test(string field, FilterOperator op) => new(op) { LeftSide = field };

    /// <summary>A range test such as <see cref="FilterOperator.IsBetween"/>.</summary>
    public static FilterCondition Range(string field, FilterOperator op, object? lowerBound, object? upperBound) => new(op)
    {
        LeftSide = field,
        LowerBound = JsonSerializer.SerializeToElement(lowerBound, ValueOptions),
        UpperBound = JsonSerializer.SerializeToElement(upperBound, ValueOptions),
    };
}
