namespace SoftrLite.Rest;

/// <summary>Whether the REST layer limits request rates like the cloud.</summary>
public enum RateLimitProfile
{
    /// <summary>No limits (the default): tests run as fast as they can.</summary>
    None,

    /// <summary>The cloud's limits per token: 40 reads (GET and search) and 30 writes a second; past them, 429.</summary>
    CloudLike,
}
