using System.Text.Json;

namespace SoftrLite.Errors;

/// <summary>Builds every <see cref="SoftrException"/> the engine throws, so that all messages live in one file.</summary>
internal static class SoftrErrors
{
    // Resources that are not there.
    public static SoftrException WorkspaceNotFound(WorkspaceId id) => NotFound($"Workspace '{id}' was not found.");

    public static SoftrException DatabaseNotFound(DatabaseId id) => NotFound($"Database '{id}' was not found.");

    public static SoftrException TableNotFound(TableId id) => NotFound($"Table '{id}' was not found in this database.");

    public static SoftrException FieldNotFound(FieldId id) => NotFound($"Field '{id}' was not found in this table.");

    public static SoftrException ViewNotFound(ViewId id) => NotFound($"View '{id}' was not found in this table.");

    public static SoftrException RecordNotFound(RecordId id) => NotFound($"Record '{id}' was not found in this table.");

    public static SoftrException TokenNotFound(TokenId id) => NotFound($"Access token '{id}' was not found.");

    public static SoftrException CollaboratorNotFound(string id) => NotFound($"Collaborator '{id}' was not found in this workspace.");

    public static SoftrException RouteNotFound(string method, string path) =>
        NotFound($"No endpoint answers {method} {path}.");

    // Requests that are malformed.
    public static SoftrException NameMissing(string what) =>
        Bad($"A {what} name is required: expected a non-empty string of at most 255 characters.");

    public static SoftrException NameTooLong(string what, int length) =>
        Bad($"A {what} name may have at most 255 characters; got {length}.");

    public static SoftrException NameHasNul(string what) =>
        Bad($"A {what} name may not contain the character U+0000; expected printable text of at most 255 characters.");

    public static SoftrException DescriptionHasNul() =>
        Bad("A description may not contain the character U+0000; expected text.");

    public static SoftrException NotEmpty(string what, string name, string holds) =>
        Bad($"{what} '{name}' still holds {holds}; delete them first or pass force=true.");

    public static SoftrException UnknownFieldType(string type) =>
        Bad($"Unknown field type '{type}'; expected one of the API's field types, e.g. SINGLE_LINE_TEXT or NUMBER.");

    public static SoftrException FieldTypeChange(string name, FieldId id, string type, string requested) =>
        Bad($"Field '{name}' ({id}) is of type {type} and a field's type cannot change; got {requested}.");

    public static SoftrException MultipleEntriesNotSupported(string fieldName, string type) =>
        Bad($"Field '{fieldName}': type {type} cannot hold multiple entries; expected allowMultipleEntries false or absent.");

    public static SoftrException DefaultViewDelete(ViewId id) => Bad($"View '{id}' is the table's default view and cannot be deleted.");

    public static SoftrException NotIndexable(string name, FieldId id, string type) =>
        Bad($"Field '{name}' ({id}) of type {type} has no column of its own to index.");

    public static SoftrException ReferenceCycle(string cycle) =>
        Bad($"The computed fields would read each other in a cycle: {cycle}.");

    public static SoftrException PrimaryFieldDelete(string name, FieldId id) =>
        Bad($"Field '{name}' ({id}) is the table's primary field and cannot be deleted.");

    public static SoftrException InvalidOption(string fieldName, string option, string expected, JsonElement? given) =>
        Bad($"Field '{fieldName}': option '{option}' expects {expected}; got {JsonDescriber.Describe(given)}.");

    public static SoftrException UnknownOption(string fieldName, string type, string option) =>
        Bad($"Field '{fieldName}': type {type} has no option '{option}'.");

    public static SoftrException OptionsNotObject(string fieldName, JsonElement given) =>
        Bad($"Field '{fieldName}': options must be a JSON object; got {JsonDescriber.Describe(given)}.");

    public static SoftrException AiOptionsNotObject(string fieldName, JsonElement given) =>
        Bad($"Field '{fieldName}': aiOptions must be a JSON object or null; got {JsonDescriber.Describe(given)}.");

    public static SoftrException UnknownAiOption(string fieldName, string key, IEnumerable<string> known) =>
        Bad($"Field '{fieldName}': aiOptions has no key '{key}'; it takes {string.Join(", ", known)}.");

    public static SoftrException AiOptionWrongKind(string fieldName, string key, string expected, JsonElement given) =>
        Bad($"Field '{fieldName}': aiOptions.{key} expects {expected}; got {JsonDescriber.Describe(given)}.");

    public static SoftrException InvalidPaging(string parameter, string given) =>
        Bad($"'{parameter}' expects a whole number of at least 0; got '{given}'.");

    public static SoftrException InvalidQueryFlag(string parameter, string given) =>
        Bad($"'{parameter}' expects true or false; got '{given}'.");

    public static SoftrException MalformedJson(string detail) => Bad($"The request body is not valid JSON: {detail}");

    public static SoftrException BodyMissing() => Bad("The request needs a JSON object body.");

    public static SoftrException BodyNotObject(JsonElement given) =>
        Bad($"The request body must be a JSON object; got {JsonDescriber.Describe(given)}.");

    public static SoftrException PropertyMissing(string property) => Bad($"The request body needs the property '{property}'.");

    public static SoftrException PropertyWrongKind(string property, string expected, JsonElement given) =>
        Bad($"Property '{property}' expects {expected}; got {JsonDescriber.Describe(given)}.");

    public static SoftrException PayloadTooLarge(long bytes, long max) =>
        new(ErrorCode.PayloadTooLarge, $"The request body has {bytes} bytes; at most {max} are accepted.");

    // Fixtures and the emulator's control endpoints.
    public static SoftrException FixtureInvalid(string where, string expected, string given) =>
        Bad($"Fixture: {where} expects {expected}; got {given}.");

    public static SoftrException FixtureAmbiguousName(string what, string name, string where) =>
        Bad($"Fixture: {what} name '{name}' is shared by several {what}s of {where}; a fixture refers to {what}s by name, so rename one of them first.");

    public static SoftrException FixtureUnresolved(string where, string problem) =>
        Bad($"Fixture: {where} cannot be created: {problem}.");

    public static SoftrException BodyOverLimit(long max) =>
        new(ErrorCode.PayloadTooLarge, $"The request body has more than {max} bytes; at most {max} are accepted.");

    public static SoftrException HostNotLoopback(string host) =>
        Bad($"The emulator listens on loopback addresses only (127.0.0.1, ::1 or localhost); got '{host}'.");

    public static SoftrException SnapshotNotFound(string id) => NotFound($"Snapshot '{id}' was not found.");

    public static SoftrException ControlQueryInvalid(string parameter, string expected, string given) =>
        Bad($"Query parameter '{parameter}' expects {expected}; got '{given}'.");

    public static SoftrException ControlBodyInvalid(string property, string expected, string given) =>
        Bad($"Property '{property}' expects {expected}; got {given}.");

    // Record values.
    public static SoftrException InvalidValue(string name, FieldId id, string expected, string given) =>
        Validation(id, $"Field '{name}' ({id}) expects {expected}; got {given}.");

    public static SoftrException ReadOnlyField(string name, FieldId id, string type) =>
        Validation(id, $"Field '{name}' ({id}) is read-only ({type}); leave it out of the request.");

    public static SoftrException RequiredField(string name, FieldId id) =>
        Validation(id, $"Field '{name}' ({id}) is required; expected a non-empty value.");

    public static SoftrException UnknownFieldKey(string key, string? near = null) =>
        new(ErrorCode.UnknownField, $"The table has no field with the ID or name '{key}'.{DidYouMean(near)}", new Dictionary<string, string> { ["fieldId"] = key });

    public static SoftrException TableNameNotFound(string name, string? near) =>
        NotFound($"The database has no table named '{name}'.{DidYouMean(near)}");

    public static SoftrException AmbiguousTableName(string name) =>
        Bad($"Several tables are named '{name}'; use the table ID instead.");

    private static string DidYouMean(string? near) => near is null ? string.Empty : $" Did you mean '{near}'? Names match case-sensitively.";

    public static SoftrException AmbiguousFieldName(string key) =>
        Bad($"Several fields are named '{key}'; use the field ID instead.");

    public static SoftrException LinkTargetMissing(string name, FieldId id, string recordId) =>
        Validation(id, $"Field '{name}' ({id}) links to record '{recordId}', which does not exist in the linked table.");

    public static SoftrException BatchFailed(int failed, int total, IReadOnlyList<BatchItemError> items)
    {
        var first = items[0];
        var details = first.FieldId is null ? null : new Dictionary<string, string> { ["fieldId"] = first.FieldId };
        return new SoftrException(first.Code, $"{failed} of {total} items failed; nothing was written. First: item {first.Index}: {first.Message}", details, items);
    }

    public static SoftrException DefaultValueInvalid(string fieldName, string reason) =>
        Bad($"Field '{fieldName}': defaultValue is not a valid value of the field: {reason}");

    public static SoftrException DefaultValueNotSupported(string fieldName, string type) =>
        Bad($"Field '{fieldName}': type {type} takes no defaultValue.");

    private static SoftrException Validation(FieldId fieldId, string message) =>
        new(ErrorCode.ValidationError, message, new Dictionary<string, string> { ["fieldId"] = fieldId.Value });

    // Search.
    public static SoftrException BadDateValue(string leftSide, string given) =>
        Bad($"The condition on '{leftSide}' expects a date: an ISO 8601 date or date-time, epoch milliseconds, PREDEFINED:<token> or RELATIVE_DATE:<period>:<unit>; got {given}.");

    public static SoftrException OperatorNotSupported(string op, string fieldName, string type) =>
        Bad($"Operator {op} does not apply to field '{fieldName}' of type {type}.");

    public static SoftrException UnknownOperator(string given) =>
        Bad($"Unknown filter operator '{given}'; expected one of AND, OR, IS, IS_NOT, GREATER_THAN, …, HAS_NONE_OF.");

    public static SoftrException ConditionKeyUnknown(string key, IEnumerable<string> known) =>
        Bad($"A filter condition has the unknown key '{key}'; a condition takes only {string.Join(", ", known)}.");

    public static SoftrException CompositeWithoutConditions(string op, JsonElement? given) =>
        Bad($"The {op} condition needs 'conditions': an array of conditions (an empty array puts no condition); got {(given is { } g ? JsonDescriber.Describe(g) : "no 'conditions'")}.");

    public static SoftrException ConditionMalformed(string op, string problem) => Bad($"The {op} condition is malformed: {problem}.");

    public static SoftrException ConditionValue(string op, string leftSide, string expected, string given) =>
        Bad($"The {op} condition on '{leftSide}' expects {expected}; got {given}.");

    public static SoftrException FilterTooDeep(int max) => Bad($"The filter nests deeper than {max} levels; expected at most {max}.");

    public static SoftrException FilterTooLarge(int max) => Bad($"The filter holds more than {max} conditions; expected at most {max}.");

    public static SoftrException FilterListTooLong(int count, int max) =>
        Bad($"A condition's list holds {count} values; expected at most {max}.");

    public static SoftrException TooManySortKeys(int count, int max) => Bad($"The query has {count} sort keys; expected at most {max}.");

    public static SoftrException SortNotSupported(string fieldName, string type) =>
        Bad($"Records cannot be sorted by field '{fieldName}' of type {type}.");

    public static SoftrException BadSortType(string given) => Bad($"sortType expects ASC or DESC; got '{given}'.");

    public static SoftrException TooManyRequests(int limit, string what) =>
        new(ErrorCode.TooManyRequests, $"Rate limit exceeded: at most {limit} {what} a second per token; back off and retry.");

    // Quotas.
    public static SoftrException QuotaExceeded(string what, int limit) =>
        new(ErrorCode.QuotaExceeded, $"Quota exceeded: at most {limit} {what}.");

    // Storage.
    public static SoftrException NewerFormat(string file, long found, long supported) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' has format version {found}; this SoftrLite reads versions up to {supported}. Upgrade SoftrLite to open it.");

    public static SoftrException Busy(string file, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' stayed locked by another connection past the busy timeout; try again.", null, inner);

    public static SoftrException Constraint(Exception inner) =>
        new(ErrorCode.ConstraintViolation, "The change breaks a uniqueness constraint.", null, inner);

    public static SoftrException FileDamaged(string file, string problem, Exception? inner = null) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' is damaged ({problem}); nothing was changed. Restore it from a backup (or delete the database); the other databases are not affected.", null, inner);

    public static SoftrException FileMissing(string file) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' is listed in the catalog but missing; it is never re-created empty. Restore it from a backup (or delete the database).");

    public static SoftrException FileEmpty(string file) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' is empty (0 bytes); it is never re-created empty. Restore it from a backup (or delete the database).");

    public static SoftrException FileReadOnly(string file, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' (or its directory) is read-only; nothing was changed. Give this process write access to the data directory.", null, inner);

    public static SoftrException DiskFull(string file, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"The disk holding '{file}' is full; nothing was changed. Free some space and try again.", null, inner);

    public static SoftrException FileIoError(string file, string problem, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"Reading or writing '{file}' failed ({problem}); nothing was changed. Check the disk and the file's permissions, then try again.", null, inner);

    public static SoftrException DirectoryNotWritable(string directory, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"Data directory '{directory}' cannot be written ({inner.Message}); SoftrLite needs write access to it, even to read. Give this process write access or copy the directory elsewhere.", null, inner);

    public static SoftrException StorageFailed(string file, int sqliteCode, string problem, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"SQLite failed on '{file}' (code {sqliteCode}: {problem}); nothing was changed. Try again; if it persists, report it with this message.", null, inner);

    public static SoftrException ValueTooBig(string file, Exception inner) =>
        Bad($"A value is too large for SQLite to store in '{file}'; expected strings and lists well under 1 GB.", inner);

    public static SoftrException MigrationMissing(string file, long from, long to) =>
        new(ErrorCode.ServiceUnavailable, $"File '{file}' has format version {from} and this SoftrLite has no step from it towards version {to}; it was left unchanged.");

    // PostgreSQL.
    public static SoftrException PostgresSchemaMissing(string schema) =>
        new(ErrorCode.ServiceUnavailable, $"PostgreSQL schema '{schema}' is listed in the catalog but missing or holds no SoftrLite database; it is never re-created empty. Restore it from a backup (or delete the database).");

    public static SoftrException PostgresNewerFormat(string schema, long found, long supported) =>
        new(ErrorCode.ServiceUnavailable, $"PostgreSQL schema '{schema}' has format version {found}; this SoftrLite reads versions up to {supported}. Upgrade SoftrLite to open it.");

    public static SoftrException PostgresFailed(string store, string sqlState, string problem, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"PostgreSQL failed on '{store}' (SQLSTATE {sqlState}: {problem}); nothing was changed. Try again; if it persists, report it with this message.", null, inner);

    public static SoftrException PostgresUnreachable(string server, string problem, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"The PostgreSQL server {server} could not be reached ({problem}); nothing was changed. Check that it runs and that the connection string is right.", null, inner);

    public static SoftrException PostgresBusy(string store, Exception inner) =>
        new(ErrorCode.ServiceUnavailable, $"PostgreSQL schema '{store}' stayed locked by another writer past the busy timeout; try again.", null, inner);

    // Journal: undo and redo.
    public static SoftrException JournalOff() =>
        Bad("The journal is off for this engine, so there is nothing to undo or redo; open it with Journal.Mode On (or on a data directory) to undo writes.");

    public static SoftrException NothingToUndo(DatabaseId id) =>
        Bad($"Database '{id}' has no journaled write left to undo.");

    public static SoftrException NothingToRedo(DatabaseId id) =>
        Bad($"Database '{id}' has no undone write to redo; a write made after an undo clears what could be redone.");

    public static SoftrException SchemaUndo(long sequence) =>
        Bad($"The latest journaled write (entry {sequence}) created or deleted a table or field, and such schema changes cannot be undone (a deleted field's or table's data is not journaled); undo stops there.");

    public static SoftrException SchemaUndoConflict(long sequence, string id, bool undo) =>
        new(ErrorCode.ConstraintViolation,
            $"Table or field '{id}' was changed by another write after journal entry {sequence}; nothing was {(undo ? "undone" : "redone")}.",
            new Dictionary<string, string> { ["id"] = id });

    public static SoftrException UndoConflict(long sequence, TableId table, string recordId, bool undo) =>
        new(ErrorCode.ConstraintViolation,
            $"Record '{recordId}' of table '{table}' was changed by another write after journal entry {sequence}; nothing was {(undo ? "undone" : "redone")}.",
            new Dictionary<string, string> { ["recordId"] = recordId, ["tableId"] = table.Value });

    public static SoftrException UndoLinkConflict(long sequence, TableId table, bool undo) =>
        new(ErrorCode.ConstraintViolation,
            $"The links of a record of table '{table}' were changed by another write after journal entry {sequence}; nothing was {(undo ? "undone" : "redone")}.",
            new Dictionary<string, string> { ["tableId"] = table.Value });

    // Auth.
    public static SoftrException MissingApiKey() =>
        new(ErrorCode.Unauthorized, "The Softr-Api-Key header is missing.");

    public static SoftrException InvalidApiKey() =>
        new(ErrorCode.Unauthorized, "The Softr-Api-Key header does not name a valid access token.");

    public static SoftrException Forbidden(string access, string needed) =>
        new(ErrorCode.Forbidden, $"This token has {access} access; the call needs {needed}.");

    /// <summary>A call on a disposed engine, or on a part of it: the message names <c>SoftrEngine</c>, the type the caller holds.</summary>
    public static ObjectDisposedException EngineDisposed() => new("SoftrLite.SoftrEngine");

    private static SoftrException NotFound(string message) => new(ErrorCode.ResourceNotFound, message);

    private static SoftrException Bad(string message, Exception? inner = null) => new(ErrorCode.BadRequest, message, null, inner);
}
