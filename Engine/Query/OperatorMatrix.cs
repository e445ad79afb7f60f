using SoftrLite.Computed;
using SoftrLite.Computed.Formula;
using SoftrLite.Records.Model;
using static SoftrLite.FilterOperator;

namespace SoftrLite.Query;

/// <summary>Which operators apply to which family of field types; the README prints the same table.</summary>
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

    // A FORMULA or ROLLUP filters like the kind of value it yields.
    private static ValueFamily ComputedFamily(FieldModel field) => field.Type.Prepare(field.Field) switch
    {
        FormulaResultType.Number => ValueFamily.Number,
        FormulaResultType.Text => ValueFamily.Text,
        FormulaResultType.Boolean => ValueFamily.Boolean,
        FormulaResultType.Date => ValueFamily.Date,
        FormulaResultType.Instant => ValueFamily.DateTime,
        FormulaResultType.Array => ValueFamily.ValueList,
        _ => ValueFamily.Text,
    };

    public static ValueFamily FamilyOf(FieldModel field) => field.Field.Type switch
    {
        FieldTypeNames.SingleLineText or FieldTypeNames.LongText or FieldTypeNames.Email or FieldTypeNames.Phone
            or FieldTypeNames.Url or FieldTypeNames.RecordId => ValueFamily.Text,
        FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent or FieldTypeNames.Duration
            or FieldTypeNames.Rating or FieldTypeNames.Autonumber or FieldTypeNames.Count => ValueFamily.Number,
        FieldTypeNames.Checkbox => ValueFamily.Boolean,
        FieldTypeNames.Date => ValueFamily.Date,
        FieldTypeNames.DateTime => ValueFamily.DateTime,
        FieldTypeNames.CreatedAt or FieldTypeNames.UpdatedAt => ValueFamily.Instant,
        FieldTypeNames.Select => field.Field.AllowMultipleEntries ? ValueFamily.MultiSelect : ValueFamily.Select,
        FieldTypeNames.User => field.Field.AllowMultipleEntries ? ValueFamily.MultiUser : ValueFamily.User,
        FieldTypeNames.LinkedRecord => ValueFamily.Link,
        FieldTypeNames.Attachment => ValueFamily.Attachment,
        FieldTypeNames.CreatedBy or FieldTypeNames.UpdatedBy => ValueFamily.Person,
        FieldTypeNames.Lookup => ValueFamily.ValueList,
        FieldTypeNames.Formula or FieldTypeNames.Rollup => ComputedFamily(field),
        _ => field.Type.Storage switch
        {
            FieldStorage.Text => ValueFamily.Text,
            FieldStorage.Real or FieldStorage.Integer => ValueFamily.Number,
            _ => ValueFamily.Unsupported,
        },
    };
}
