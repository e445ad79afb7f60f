using System.Collections;
using System.Globalization;
using System.Text.Json;
using SoftrLite.Errors;

namespace SoftrLite;

/// <summary>
/// A value written to a field, seen the same way whether it came as JSON (the REST layer) or as a .NET
/// object (the C# API: string, bool, numbers, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>,
/// sequences, dictionaries, <see cref="JsonElement"/>). Reading it does not allocate for scalars.
/// </summary>
public readonly struct FieldInput
{
    private static readonly JsonSerializerOptions ObjectOptions = new(JsonSerializerDefaults.Web);
    private readonly object? _value;
    private readonly JsonElement _json;
    private readonly bool _isJson;

    private FieldInput(object? value, JsonElement json, bool isJson)
    {
        _value = value;
        _json = json;
        _isJson = isJson;
    }

    /// <summary>Wraps a JSON value.</summary>
    public static FieldInput FromJson(JsonElement value) => new(null, value, true);

    /// <summary>Wraps a .NET value; plain objects are seen through their JSON form (camelCase properties).</summary>
    public static FieldInput FromObject(object? value) => value switch
    {
        JsonElement json => FromJson(json),
        null or string or bool or DateOnly or DateTime or DateTimeOffset => new(value, default, false),
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => new(value, default, false),
        IEnumerable and not IDictionary and not IReadOnlyDictionary<string, object?> => new(value, default, false),
        IDictionary<string, object?> or IReadOnlyDictionary<string, object?> => new(value, default, false),
        _ => FromJson(JsonSerializer.SerializeToElement(value, value.GetType(), ObjectOptions)),
    };

    /// <summary>The value's JSON kind.</summary>
    public FieldInputKind Kind => _isJson
        ? _json.ValueKind switch
        {
            JsonValueKind.String => FieldInputKind.String,
            JsonValueKind.Number => FieldInputKind.Number,
            JsonValueKind.True or JsonValueKind.False => FieldInputKind.Boolean,
            JsonValueKind.Array => FieldInputKind.Array,
            JsonValueKind.Object => FieldInputKind.Object,
            _ => FieldInputKind.Null,
        }
        : _value switch
        {
            null => FieldInputKind.Null,
            string or DateOnly or DateTime or DateTimeOffset => FieldInputKind.String,
            bool => FieldInputKind.Boolean,
            IDictionary<string, object?> or IReadOnlyDictionary<string, object?> => FieldInputKind.Object,
            IEnumerable => FieldInputKind.Array,
            _ => FieldInputKind.Number,
        };

    /// <summary>Whether the value is null, an empty string or an empty array: writing it clears the field.</summary>
    public bool IsEmpty => Kind switch
    {
        FieldInputKind.Null => true,
        FieldInputKind.String => GetString().Length == 0,
        FieldInputKind.Array => !EnumerateArray().Any(),
        _ => false,
    };

    /// <summary>The string, when <see cref="Kind"/> is <see cref="FieldInputKind.String"/>.</summary>
    public string GetString() => _isJson
        ? _json.GetString()!
        : _value switch
        {
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t).ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset o => o.ToString("O", CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException("The value is not a string."),
        };

    /// <summary>
    /// The calendar date of a .NET <see cref="DateTime"/> or <see cref="DateTimeOffset"/> whose time of day is
    /// midnight (as <see cref="DateTime.Today"/> gives), for DATE fields; <see langword="false"/> for anything else.
    /// </summary>
    internal bool TryGetMidnightDate(out DateOnly date)
    {
        (date, var midnight) = _isJson
            ? (default, false)
            : _value switch
            {
                DateTime t => (DateOnly.FromDateTime(t), t.TimeOfDay == TimeSpan.Zero),
                DateTimeOffset o => (DateOnly.FromDateTime(o.DateTime), o.TimeOfDay == TimeSpan.Zero),
                _ => (default, false),
            };
        return midnight;
    }

    /// <summary>Reads a number; <see langword="false"/> when the value is not a number.</summary>
    public bool TryGetNumber(out double number)
    {
        if (_isJson)
        {
            if (_json.ValueKind == JsonValueKind.Number)
            {
                return _json.TryGetDouble(out number);
            }

            number = 0;
            return false;
        }

        if (Kind == FieldInputKind.Number)
        {
            number = Convert.ToDouble(_value, CultureInfo.InvariantCulture);
            return true;
        }

        number = 0;
        return false;
    }

    /// <summary>The boolean, when <see cref="Kind"/> is <see cref="FieldInputKind.Boolean"/>.</summary>
    public bool GetBoolean() => _isJson ? _json.GetBoolean() : (bool)_value!;

    /// <summary>The items, when <see cref="Kind"/> is <see cref="FieldInputKind.Array"/>.</summary>
    public IEnumerable<FieldInput> EnumerateArray()
    {
        if (_isJson)
        {
            return _json.EnumerateArray().Select(FromJson);
        }

        return ((IEnumerable)_value!).Cast<object?>().Select(FromObject);
    }

    /// <summary>Reads a property, when <see cref="Kind"/> is <see cref="FieldInputKind.Object"/>.</summary>
    public bool TryGetProperty(string name, out FieldInput value)
    {
        if (_isJson)
        {
            var found = _json.TryGetProperty(name, out var json);
            value = found ? FromJson(json) : default;
            return found;
        }

        object? item = null;
        var has = _value switch
        {
            IReadOnlyDictionary<string, object?> r => r.TryGetValue(name, out item),
            IDictionary<string, object?> d => d.TryGetValue(name, out item),
            _ => false,
        };
        value = has ? FromObject(item) : default;
        return has;
    }

    /// <summary>The property names, when <see cref="Kind"/> is <see cref="FieldInputKind.Object"/>.</summary>
    public IEnumerable<string> PropertyNames() => _isJson
        ? _json.EnumerateObject().Select(p => p.Name)
        : _value switch
        {
            IReadOnlyDictionary<string, object?> r => r.Keys,
            IDictionary<string, object?> d => d.Keys,
            _ => [],
        };

    /// <summary>Describes the value for an error message, e.g. <c>the string "thirty"</c>.</summary>
    public string Describe() => _isJson
        ? JsonDescriber.Describe(_json)
        : Kind switch
        {
            FieldInputKind.Null => "null",
            FieldInputKind.String => JsonDescriber.Describe(JsonSerializer.SerializeToElement(GetString())),
            FieldInputKind.Boolean => GetBoolean() ? "true" : "false",
            FieldInputKind.Number => "the number " + Convert.ToString(_value, CultureInfo.InvariantCulture),
            FieldInputKind.Array => $"an array of {EnumerateArray().Count()} item(s)",
            _ => "an object",
        };

    /// <summary>Describes the value.</summary>
    public override string ToString() => Describe();
}
