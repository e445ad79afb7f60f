namespace SoftrLite.Formula;

/// <summary>The record a formula is evaluated against: its field values (already converted) and its metadata.</summary>
internal interface IFormulaRecord
{
    /// <summary>The record's id, returned by <c>RECORD_ID()</c>.</summary>
    string RecordId { get; }

    /// <summary>When the record was created, for <c>CREATED_TIME()</c>; null gives a blank result.</summary>
    DateTimeOffset? CreatedTime => null;

    /// <summary>When the record was last modified, for <c>LAST_MODIFIED_TIME()</c>; null gives a blank result.</summary>
    DateTimeOffset? LastModifiedTime => null;

    /// <summary>The value of the field with id <paramref name="fieldId"/> (<see cref="FormulaValue.Blank"/> when empty).</summary>
    FormulaValue Get(string fieldId);
}
