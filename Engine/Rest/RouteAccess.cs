namespace SoftrLite.Rest;

/// <summary>What a route needs from an access token.</summary>
internal enum RouteAccess
{
    /// <summary>Reads and searches: any token.</summary>
    Read,

    /// <summary>Record writes: edit-data or full tokens.</summary>
    WriteData,

    /// <summary>Schema changes: full tokens only.</summary>
    WriteSchema,
}
