namespace SoftrLite;

/// <summary>Whether deleting a database or table that still holds something is allowed.</summary>
public enum DeleteMode
{
    /// <summary>Refuse with <see cref="ErrorCode.BadRequest"/> when it holds tables (a database) or records (a table).</summary>
    IfEmpty,

    /// <summary>Delete it with everything it holds (the API's <c>force=true</c>).</summary>
    Force,
}
