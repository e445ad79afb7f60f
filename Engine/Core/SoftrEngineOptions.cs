namespace SoftrLite;

/// <summary>Everything an engine is opened with. Immutable; give it to <see cref="SoftrEngine.Open"/> or <see cref="SoftrEngine.OpenInMemory"/>.</summary>
public sealed record SoftrEngineOptions
{
    /// <summary>The defaults: the system clock, random IDs, the cloud's quotas.</summary>
    public static SoftrEngineOptions Default { get; } = new();

    /// <summary>The clock for every timestamp the engine writes. Tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>When set, IDs come from a generator seeded with this value, so runs are reproducible.</summary>
    public int? IdSeed { get; init; }

    /// <summary>
    /// When set, access-token secrets come from a generator seeded with this value (for tests and fixtures that need
    /// the same secrets on every run). Unset, they come from <see cref="System.Security.Cryptography.RandomNumberGenerator"/>;
    /// <see cref="IdSeed"/> never affects them.
    /// </summary>
    public int? TokenSecretSeed { get; init; }

    /// <summary>Structure limits.</summary>
    public SoftrQuotas Quotas { get; init; } = SoftrQuotas.Default;

    /// <summary>How long a call waits for a database file locked by another process before it fails with <see cref="ErrorCode.ServiceUnavailable"/>.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often, while anyone is subscribed to <see cref="SoftrEngine.Changes"/>, an on-disk engine looks at each open
    /// database's revisions for writes made by other processes (one small read per database). In-memory engines have no
    /// other process and never poll.
    /// </summary>
    public TimeSpan ChangePollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The name of the workspace created when a data directory is first opened.</summary>
    public string DefaultWorkspaceName { get; init; } = "My workspace";

    /// <summary>The field types the engine knows; add your own with <see cref="FieldTypeRegistry.With"/>.</summary>
    public FieldTypeRegistry FieldTypes { get; init; } = FieldTypeRegistry.BuiltIn;

    /// <summary>Who writes records when a call does not say (<see cref="RecordOperations.As"/>): filled into CREATED_BY and UPDATED_BY.</summary>
    public Collaborator? ActingUser { get; init; }

    /// <summary>The time zone for date-times written without an offset, where a field does not name one; UTC by default.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The journal each database keeps for undo, redo and record history (see <see cref="SoftrEngine.History"/>).</summary>
    public JournalOptions Journal { get; init; } = JournalOptions.Default;

    /// <summary>Test seam: called at named steps inside write transactions; throwing aborts the transaction.</summary>
    internal Action<string>? FailPoint { get; init; }
}
