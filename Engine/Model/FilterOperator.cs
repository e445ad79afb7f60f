namespace SoftrLite;

/// <summary>The operators of the search filter grammar (the API spells them in upper snake case, e.g. <c>IS_NOT_ONE_OF</c>).</summary>
public enum FilterOperator
{
    /// <summary>All of <see cref="FilterCondition.Conditions"/> hold.</summary>
    And,

    /// <summary>Any of <see cref="FilterCondition.Conditions"/> holds.</summary>
    Or,

    /// <summary>The field has no value.</summary>
    IsEmpty,

    /// <summary>The field has a value.</summary>
    IsNotEmpty,

    /// <summary>Within the bounds, inclusive.</summary>
    IsBetween,

    /// <summary>Not within the bounds (empty values included).</summary>
    IsNotBetween,

    /// <summary>A date within a relative range.</summary>
    IsWithin,

    /// <summary>A date not within a relative range (empty values included).</summary>
    IsNotWithin,

    /// <summary>Equals.</summary>
    Is,

    /// <summary>Does not equal (empty values included).</summary>
    IsNot,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterThanOrEquals,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessThanOrEquals,

    /// <summary>Holds the text.</summary>
    Contains,

    /// <summary>Does not hold the text (empty values included).</summary>
    DoesNotContain,

    /// <summary>Starts with the text.</summary>
    StartsWith,

    /// <summary>Does not start with the text (empty values included).</summary>
    DoesNotStartWith,

    /// <summary>Ends with the text.</summary>
    EndsWith,

    /// <summary>Does not end with the text (empty values included).</summary>
    DoesNotEndWith,

    /// <summary>Equals one of the listed values.</summary>
    IsOneOf,

    /// <summary>Equals none of the listed values (empty values included).</summary>
    IsNotOneOf,

    /// <summary>A multi-valued field holds at least one of the listed values.</summary>
    HasAnyOf,

    /// <summary>A multi-valued field holds every listed value.</summary>
    HasAllOf,

    /// <summary>A multi-valued field holds none of the listed values (empty values included).</summary>
    HasNoneOf,
}
