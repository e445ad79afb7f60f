using System.Text.Json;
using System.Text.Json.Nodes;
using SoftrLite.Errors;

namespace SoftrLite.Fields;

/// <summary>
/// Reads a field's options one key at a time, validating each, and collects the normalized result.
/// Keys never read are refused by <see cref="Build"/>, so a typo in an option name is an error, not a no-op.
/// </summary>
internal sealed class OptionsReader
{
    private readonly JsonElement _options;
    private readonly FieldOptionsContext _context;
    private readonly string _typeName;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly JsonObject _result = new();

    public OptionsReader(JsonElement options, FieldOptionsContext context, string typeName)
    {
        _options = options;
        _context = context;
        _typeName = typeName;
    }

    public FieldOptionsContext Context => _context;

    /// <summary>A string option of an already stored options object, or <see langword="null"/>.</summary>
    public static string? StoredString(JsonElement options, string key) =>
        options.ValueKind == JsonValueKind.Object
        && options.TryGetProperty(key, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The raw value of a key, or <see langword="null"/> when absent or JSON null.</summary>
    public JsonElement? Raw(string key)
    {
        _read.Add(key);
        return _options.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    /// <summary>Marks a key as known but computed by the engine: whatever the client sent is dropped.</summary>
    public void Ignore(string key) => _read.Add(key);

    public int? Int(string key, int min, int max, int? fallback = null)
    {
        var raw = Raw(key);
        int? value = fallback;
        if (raw is { } v)
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i) || i < min || i > max)
            {
                throw Invalid(key, $"a whole number from {min} to {max}", raw);
            }

            value = i;
        }

        return Keep(key, value);
    }

    public double? Number(string key, double? fallback = null)
    {
        var raw = Raw(key);
        double? value = fallback;
        if (raw is { } v)
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
            {
                throw Invalid(key, "a finite number", raw);
            }

            value = d;
        }

        if (value is { } n)
        {
            _result[key] = n;
        }

        return value;
    }

    public bool? Bool(string key, bool? fallback = null)
    {
        var raw = Raw(key);
        bool? value = fallback;
        if (raw is { } v)
        {
            if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw Invalid(key, "true or false", raw);
            }

            value = v.GetBoolean();
        }

        if (value is { } b)
        {
            _result[key] = b;
        }

        return value;
    }

    /// <summary>One of a fixed set of upper-case words; matched exactly.</summary>
    public string? Enum(string key, IReadOnlyList<string> allowed, string? fallback = null)
    {
        var raw = Raw(key);
        var value = fallback;
        if (raw is { } v)
        {
            if (v.ValueKind != JsonValueKind.String || !allowed.Contains(v.GetString()!, StringComparer.Ordinal))
            {
                throw Invalid(key, "one of " + string.Join(", ", allowed), raw);
            }

            value = v.GetString();
        }

        return Keep(key, value);
    }

    /// <summary>A string of at most <paramref name="maxLength"/> characters; JSON null keeps it null.</summary>
    public string? Text(string key, int maxLength = 255, string? fallback = null, bool keepNull = false)
    {
        var raw = Raw(key);
        var value = fallback;
        if (raw is { } v)
        {
            if (v.ValueKind != JsonValueKind.String || v.GetString()!.Length > maxLength)
            {
                throw Invalid(key, $"a string of at most {maxLength} characters", raw);
            }

            value = v.GetString();
        }

        if (value is null && keepNull)
        {
            _result[key] = null;
            return null;
        }

        return Keep(key, value);
    }

    /// <summary>A string that <paramref name="accepts"/> approves, e.g. a colour or a currency code.</summary>
    public string? Matching(string key, Func<string, bool> accepts, string expected, string? fallback = null)
    {
        var raw = Raw(key);
        var value = fallback;
        if (raw is { } v)
        {
            if (v.ValueKind != JsonValueKind.String || !accepts(v.GetString()!))
            {
                throw Invalid(key, expected, raw);
            }

            value = v.GetString();
        }

        return Keep(key, value);
    }

    /// <summary>A JSON array or object kept as given; JSON null (or absence, with <paramref name="keepNull"/>) stores null.</summary>
    public JsonElement? Json(string key, JsonValueKind kind, string expected, bool keepNull = false)
    {
        var raw = Raw(key);
        if (raw is { } v)
        {
            if (v.ValueKind != kind)
            {
                throw Invalid(key, expected, raw);
            }

            _result[key] = JsonNode.Parse(v.GetRawText());
        }
        else if (keepNull)
        {
            _result[key] = null;
        }

        return raw;
    }

    /// <summary>Stores a computed or already-validated value under a key.</summary>
    public void Set(string key, JsonNode? value)
    {
        _read.Add(key);
        _result[key] = value;
    }

    public SoftrException Invalid(string key, string expected, JsonElement? given) =>
        _context.InvalidOption(key, expected, given);

    /// <summary>Refuses unread keys and returns the normalized options.</summary>
    public JsonElement Build()
    {
        foreach (var property in _options.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                throw SoftrErrors.UnknownOption(_context.FieldName, _typeName, property.Name);
            }
        }

        return JsonSerializer.SerializeToElement(_result);
    }

    private string? Keep(string key, string? value)
    {
        if (value is not null)
        {
            _result[key] = value;
        }

        return value;
    }

    private int? Keep(string key, int? value)
    {
        if (value is { } v)
        {
            _result[key] = v;
        }

        return value;
    }
}
