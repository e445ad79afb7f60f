namespace SoftrLite;

/// <summary>The machine-readable error codes of the Softr Database API.</summary>
public enum ErrorCode
{
    /// <summary>The request's format or data is invalid (HTTP 400).</summary>
    BadRequest,

    /// <summary>A field value failed validation (HTTP 400).</summary>
    ValidationError,

    /// <summary>The request names a field that does not exist (HTTP 400).</summary>
    UnknownField,

    /// <summary>The access token is missing or invalid (HTTP 401).</summary>
    Unauthorized,

    /// <summary>A quota is used up (HTTP 402).</summary>
    QuotaExceeded,

    /// <summary>The token does not carry the permission the call needs (HTTP 403).</summary>
    Forbidden,

    /// <summary>No such workspace, database, table, field, view or record (HTTP 404).</summary>
    ResourceNotFound,

    /// <summary>A data constraint is broken, e.g. a duplicate of a value that must be unique (HTTP 409).</summary>
    ConstraintViolation,

    /// <summary>The request body is larger than 64 MB (HTTP 413).</summary>
    PayloadTooLarge,

    /// <summary>The rate limit was exceeded (HTTP 429).</summary>
    TooManyRequests,

    /// <summary>The service is temporarily unavailable, e.g. a database stayed locked (HTTP 503).</summary>
    ServiceUnavailable,
}
