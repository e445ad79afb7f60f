namespace SoftrLite;

/// <summary>The names of the built-in field types, as the API spells them.</summary>
public static class FieldTypeNames
{
    /// <summary>One line of text.</summary>
    public const string SingleLineText = "SINGLE_LINE_TEXT";

    /// <summary>Multi-line text.</summary>
    public const string LongText = "LONG_TEXT";

    /// <summary>An e-mail address.</summary>
    public const string Email = "EMAIL";

    /// <summary>A phone number (free form).</summary>
    public const string Phone = "PHONE";

    /// <summary>An absolute http(s) URL.</summary>
    public const string Url = "URL";

    /// <summary>A number.</summary>
    public const string Number = "NUMBER";

    /// <summary>An amount of money.</summary>
    public const string Currency = "CURRENCY";

    /// <summary>A percentage.</summary>
    public const string Percent = "PERCENT";

    /// <summary>A whole number from 0 to the field's maximum.</summary>
    public const string Rating = "RATING";

    /// <summary>A duration in seconds.</summary>
    public const string Duration = "DURATION";

    /// <summary>A boolean.</summary>
    public const string Checkbox = "CHECKBOX";

    /// <summary>A calendar date.</summary>
    public const string Date = "DATE";

    /// <summary>An instant.</summary>
    public const string DateTime = "DATETIME";

    /// <summary>One or several choices from a list.</summary>
    public const string Select = "SELECT";

    /// <summary>A collaborator of the workspace.</summary>
    public const string User = "USER";

    /// <summary>Links to records of another table.</summary>
    public const string LinkedRecord = "LINKED_RECORD";

    /// <summary>Files, by URL.</summary>
    public const string Attachment = "ATTACHMENT";

    /// <summary>Values of a field of the linked records (computed).</summary>
    public const string Lookup = "LOOKUP";

    /// <summary>An aggregate over the linked records (computed).</summary>
    public const string Rollup = "ROLLUP";

    /// <summary>The number of linked records (computed; hidden from the cloud's enum).</summary>
    public const string Count = "COUNT";

    /// <summary>A formula over other fields (computed).</summary>
    public const string Formula = "FORMULA";

    /// <summary>When the record was created (system).</summary>
    public const string CreatedAt = "CREATED_AT";

    /// <summary>When the record last changed (system).</summary>
    public const string UpdatedAt = "UPDATED_AT";

    /// <summary>Who created the record (system).</summary>
    public const string CreatedBy = "CREATED_BY";

    /// <summary>Who last changed the record (system).</summary>
    public const string UpdatedBy = "UPDATED_BY";

    /// <summary>A sequence number, never reused (system).</summary>
    public const string Autonumber = "AUTONUMBER";

    /// <summary>The record's ID (system).</summary>
    public const string RecordId = "RECORD_ID";
}
