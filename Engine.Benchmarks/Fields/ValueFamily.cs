namespace SoftrLite.Benchmarks.Fields;

/// <summary>The kinds of written values <see cref="ValidationBenchmarks"/> times, one field type each.</summary>
public enum ValueFamily
{
    /// <summary>SINGLE_LINE_TEXT: a short line of text.</summary>
    Text,

    /// <summary>EMAIL: an address.</summary>
    Email,

    /// <summary>URL: an https URL.</summary>
    Url,

    /// <summary>NUMBER with precision 2.</summary>
    Number,

    /// <summary>RATING from 0 to 5.</summary>
    Rating,

    /// <summary>CHECKBOX: true or false.</summary>
    Checkbox,

    /// <summary>DATE: <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>DATETIME: ISO 8601 in UTC (<c>…Z</c>).</summary>
    DateTime,

    /// <summary>SELECT, single, written by label.</summary>
    Select,

    /// <summary>SELECT with multiple entries, written as an array of two labels.</summary>
    MultiSelect,

    /// <summary>ATTACHMENT written as one URL string.</summary>
    Attachment,
}
