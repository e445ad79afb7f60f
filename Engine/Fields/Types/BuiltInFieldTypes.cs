namespace SoftrLite.Fields.Types;

/// <summary>The built-in field types, one small class each.</summary>
internal static class BuiltInFieldTypes
{
    public static IEnumerable<FieldType> All() =>
    [
        new SingleLineTextType(),
        new LongTextType(),
        new EmailType(),
        new PhoneType(),
        new UrlType(),
        new NumberType(),
        new CurrencyType(),
        new PercentType(),
        new RatingType(),
        new DurationType(),
        new CheckboxType(),
        new DateType(),
        new DateTimeType(),
        new SelectType(),
        new UserType(),
        new LinkedRecordType(),
        new AttachmentType(),
        new LookupType(),
        new RollupType(),
        new CountType(),
        new FormulaFieldType(),
        new CreatedAtType(),
        new UpdatedAtType(),
        new CreatedByType(),
        new UpdatedByType(),
        new AutonumberType(),
        new RecordIdType(),
    ];
}
