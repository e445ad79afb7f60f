namespace SoftrLite;

/// <summary>Structure limits; a call that would exceed one fails with <see cref="ErrorCode.QuotaExceeded"/>.</summary>
public sealed record SoftrQuotas
{
    /// <summary>The cloud's limits: 1,000 databases per workspace, 512 tables, 512 fields, 512 choices, no record limit.</summary>
    public static SoftrQuotas Default { get; } = new();

    /// <summary>Databases per workspace.</summary>
    public int DatabasesPerWorkspace { get; init; } = 1000;

    /// <summary>Tables per database.</summary>
    public int TablesPerDatabase { get; init; } = 512;

    /// <summary>Fields per table.</summary>
    public int FieldsPerTable { get; init; } = 512;

    /// <summary>Choices per SELECT field.</summary>
    public int ChoicesPerSelect { get; init; } = 512;

    /// <summary>Records per database; <see langword="null"/> means no limit.</summary>
    public long? RecordsPerDatabase { get; init; }
}
