namespace SoftrLite.Fixtures;

/// <summary>The operation groups that fixtures work through: the engine's surface, without the engine that owns the fixtures.</summary>
internal sealed record EngineOperations(
    WorkspaceOperations Workspaces,
    TokenOperations Tokens,
    DatabaseOperations Databases,
    TableOperations Tables,
    FieldOperations Fields,
    ViewOperations Views,
    RecordOperations Records);
