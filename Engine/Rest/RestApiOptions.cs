namespace SoftrLite.Rest;

/// <summary>Settings of the REST layer.</summary>
public sealed record RestApiOptions
{
    /// <summary>The defaults: a 64 MB body limit, like the cloud.</summary>
    public static RestApiOptions Default { get; } = new();

    /// <summary>The largest accepted body in UTF-8 bytes; a larger one gets 413 PAYLOAD_TOO_LARGE.</summary>
    public long MaxBodyBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Rate limits; none by default, <see cref="RateLimitProfile.CloudLike"/> for the cloud's 40 reads and 30 writes a second per token.</summary>
    public RateLimitProfile RateLimits { get; init; } = RateLimitProfile.None;
}
