using static SoftrLite.FilterOperator;

namespace SoftrLite.Query;

/// <summary>Which operators apply to which family of field types (a type declares its family); the README prints the same table.</summary>
internal static class OperatorMatrix
{
    private static readonly FilterOperator[] Empties = [IsEmpty, IsNotEmpty];
    private static readonly FilterOperator[] TextOps = [Is, IsNot, Contains, DoesNotContain, StartsWith, DoesNotStartWith, EndsWith, DoesNotEndWith, IsOneOf, IsNotOneOf, .. Empties];
    private static readonly FilterOperator[] NumberOps = [Is, IsNot, GreaterThan, GreaterThanOrEquals, LessThan, LessThanOrEquals, IsBetween, IsNotBetween, IsOneOf, IsNotOneOf, .. Empties];
    private static readonly FilterOperator[] BooleanOps = [Is, IsNot, .. Empties];
    private static readonly FilterOperator[] DateOps = [Is, IsNot, GreaterThan, GreaterThanOrEquals, LessThan, LessThanOrEquals, IsBetween, IsNotBetween, IsWithin, IsNotWithin, .. Empties];
    private static readonly FilterOperator[] SingleChoiceOps = [Is, IsNot, IsOneOf, IsNotOneOf, HasAnyOf, HasNoneOf, .. Empties];
    private static readonly FilterOperator[] ManyOps = [HasAnyOf, HasAllOf, HasNoneOf, .. Empties];

    public static IReadOnlyList<FilterOperator> For(ValueFamily family) => family switch
    {
        ValueFamily.Text => TextOps,
        ValueFamily.Number => NumberOps,
        ValueFamily.Boolean => BooleanOps,
        ValueFamily.Date or ValueFamily.DateTime or ValueFamily.Instant => DateOps,
        ValueFamily.Select or ValueFamily.User => SingleChoiceOps,
        ValueFamily.MultiSelect or ValueFamily.MultiUser or ValueFamily.Link or ValueFamily.ValueList => ManyOps,
        ValueFamily.Attachment or ValueFamily.Person => Empties,
        _ => [],
    };
}
