namespace SoftrLite;

/// <summary>Maps each <see cref="ErrorCode"/> to its wire name and HTTP status.</summary>
public static class ErrorCodes
{
    /// <summary>The code as the cloud API spells it, e.g. <c>VALIDATION_ERROR</c>.</summary>
    public static string ToWireName(this ErrorCode code) => code switch
    {
        ErrorCode.BadRequest => "BAD_REQUEST",
        ErrorCode.ValidationError => "VALIDATION_ERROR",
        ErrorCode.UnknownField => "UNKNOWN_FIELD",
        ErrorCode.Unauthorized => "UNAUTHORIZED",
        ErrorCode.QuotaExceeded => "QUOTA_EXCEEDED",
        ErrorCode.Forbidden => "FORBIDDEN",
        ErrorCode.ResourceNotFound => "RESOURCE_NOT_FOUND",
        ErrorCode.ConstraintViolation => "CONSTRAINT_VIOLATION",
        ErrorCode.PayloadTooLarge => "PAYLOAD_TOO_LARGE",
        ErrorCode.TooManyRequests => "TOO_MANY_REQUESTS",
        ErrorCode.ServiceUnavailable => "SERVICE_UNAVAILABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown error code."),
    };

    /// <summary>The HTTP status the cloud API answers with for the code.</summary>
    public static int ToHttpStatus(this ErrorCode code) => code switch
    {
        ErrorCode.BadRequest or ErrorCode.ValidationError or ErrorCode.UnknownField => 400,
        ErrorCode.Unauthorized => 401,
        ErrorCode.QuotaExceeded => 402,
        ErrorCode.Forbidden => 403,
        ErrorCode.ResourceNotFound => 404,
        ErrorCode.ConstraintViolation => 409,
        ErrorCode.PayloadTooLarge => 413,
        ErrorCode.TooManyRequests => 429,
        ErrorCode.ServiceUnavailable => 503,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown error code."),
    };
}
