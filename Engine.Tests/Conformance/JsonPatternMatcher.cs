using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// Matches a response body against an <c>expect.body</c> pattern by the rules of <c>shared/conformance/README.md</c>.
/// <c>{{save:NAME}}</c> binds into the given variables, in pattern order, so later parts of the same pattern may use it.
/// </summary>
internal static partial class JsonPatternMatcher
{
    private const string LengthKey = "$length";
    private const string ExactKey = "$exact";
    private const string Absent = "absent";
    private const int MaxShown = 300;

    private static readonly JsonSerializerOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns <see langword="null"/> when <paramref name="actual"/> matches, else where and how it differs.</summary>
    /// <exception cref="KeyNotFoundException">The pattern uses an unbound variable.</exception>
    /// <exception cref="InvalidDataException">The pattern itself is malformed.</exception>
    public static string? Match(JsonNode? pattern, JsonNode? actual, Placeholders variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return MatchValue(pattern, actual, "$", variables);
    }

    /// <summary>Compact JSON for messages, shortened when long.</summary>
    public static string Show(JsonNode? node)
    {
        var text = node is null ? "null" : node.ToJsonString(ShowOptions);
        return text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
    }

    private static string? MatchValue(JsonNode? pattern, JsonNode? actual, string path, Placeholders variables) => pattern switch
    {
        JsonObject obj when obj.ContainsKey(LengthKey) => MatchLength(obj, actual, path),
        JsonObject obj => MatchObject(obj, actual, path, variables),
        JsonArray array => MatchArray(array, actual, path, variables),
        JsonValue value when value.TryGetValue<string>(out var text) => MatchString(text, actual, path, variables),
        _ => ValueEquals(pattern, actual) ? null : Differs(path, Show(pattern), actual),
    };

    private static string? MatchLength(JsonObject pattern, JsonNode? actual, string path)
    {
        if (pattern.Count != 1 || pattern[LengthKey] is not JsonValue v || !v.TryGetValue<int>(out var length))
        {
            throw new InvalidDataException($"at {path}: {{\"$length\": N}} must have an integer N and no other key.");
        }

        return actual is JsonArray array && array.Count == length
            ? null
            : Differs(path, $"an array of {length} elements", actual);
    }

    private static string? MatchObject(JsonObject pattern, JsonNode? actual, string path, Placeholders variables)
    {
        if (actual is not JsonObject obj)
        {
            return Differs(path, "an object", actual);
        }

        var exact = pattern[ExactKey] switch
        {
            null when !pattern.ContainsKey(ExactKey) => false,
            JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
            _ => throw new InvalidDataException($"at {path}: \"$exact\" must be true or false."),
        };
        var expectedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in pattern)
        {
            if (rawKey == ExactKey)
            {
                continue;
            }

            var key = variables.SubstituteText(rawKey);
            expectedKeys.Add(key);
            var childPath = Child(path, key);
            var wantsAbsent = value is JsonValue v && v.TryGetValue<string>(out var s)
                && Placeholders.TryParseWhole(s, out var inner) && inner == Absent;
            if (wantsAbsent)
            {
                if (obj.TryGetPropertyValue(key, out var present))
                {
                    return $"at {childPath}: expected the key to be absent ({{{{absent}}}}), actual {Show(present)}";
                }

                continue;
            }

            if (!obj.TryGetPropertyValue(key, out var child))
            {
                return $"at {childPath}: expected {Show(value)}, actual the key is missing";
            }

            if (MatchValue(value, child, childPath, variables) is { } mismatch)
            {
                return mismatch;
            }
        }

        var extra = exact ? obj.Select(p => p.Key).FirstOrDefault(k => !expectedKeys.Contains(k)) : null;
        return extra is null ? null : $"at {Child(path, extra)}: unexpected key (the pattern has \"$exact\": true), actual {Show(obj[extra])}";
    }

    private static string? MatchArray(JsonArray pattern, JsonNode? actual, string path, Placeholders variables)
    {
        if (actual is not JsonArray array)
        {
            return Differs(path, "an array", actual);
        }

        if (array.Count != pattern.Count)
        {
            return $"at {path}: expected an array of {pattern.Count} elements, actual {array.Count} elements: {Show(array)}";
        }

        for (var i = 0; i < pattern.Count; i++)
        {
            if (MatchValue(pattern[i], array[i], $"{path}[{i}]", variables) is { } mismatch)
            {
                return mismatch;
            }
        }

        return null;
    }

    private static string? MatchString(string text, JsonNode? actual, string path, Placeholders variables)
    {
        if (!Placeholders.TryParseWhole(text, out var inner))
        {
            var expected = variables.SubstituteText(text);
            return actual is JsonValue v && v.TryGetValue<string>(out var s) && s == expected
                ? null
                : Differs(path, Show(JsonValue.Create(expected)), actual);
        }

        if (inner.StartsWith(Placeholders.SavePrefix, StringComparison.Ordinal))
        {
            variables.Bind(inner[Placeholders.SavePrefix.Length..], actual);
            return null;
        }

        var actualText = actual is JsonValue value && value.TryGetValue<string>(out var str) ? str : null;
        var matches = inner switch
        {
            "any" => true,
            Absent => throw new InvalidDataException($"at {path}: {{{{absent}}}} can only be the value of an object key."),
            "uuid" => actualText is not null && Guid.TryParseExact(actualText, "D", out _),
            "id14" => actualText is not null && Id14().IsMatch(actualText),
            "id5" => actualText is not null && Id5().IsMatch(actualText),
            "timestamp" => actualText is not null && IsTimestamp(actualText),
            "string" => actualText is not null,
            "number" => actual?.GetValueKind() == JsonValueKind.Number,
            _ => null as bool?,
        };
        if (matches is { } known)
        {
            return known ? null : Differs(path, $"{{{{{inner}}}}}", actual);
        }

        var bound = variables.Get(inner);
        return ValueEquals(bound, actual) ? null : Differs(path, $"{{{{{inner}}}}} = {Show(bound)}", actual);
    }

    private static bool IsTimestamp(string text) =>
        Timestamp().IsMatch(text)
        && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    /// <summary>Deep equality of JSON values; numbers compare by value, objects need the same keys.</summary>
    private static bool ValueEquals(JsonNode? expected, JsonNode? actual)
    {
        switch (expected, actual)
        {
            case (null, null):
                return true;
            case (JsonObject e, JsonObject a):
                return e.Count == a.Count && e.All(p => a.TryGetPropertyValue(p.Key, out var v) && ValueEquals(p.Value, v));
            case (JsonArray e, JsonArray a):
                return e.Count == a.Count && e.Zip(a).All(pair => ValueEquals(pair.First, pair.Second));
            case (JsonValue e, JsonValue a):
                var kind = e.GetValueKind();
                if (kind != a.GetValueKind())
                {
                    return false;
                }

                return kind == JsonValueKind.Number
                    ? NumbersEqual(e.ToJsonString(), a.ToJsonString())
                    : kind != JsonValueKind.String || e.GetValue<string>() == a.GetValue<string>();
            default:
                return false;
        }
    }

    private static bool NumbersEqual(string expected, string actual)
    {
        const NumberStyles Style = NumberStyles.Float;
        var culture = CultureInfo.InvariantCulture;
        if (decimal.TryParse(expected, Style, culture, out var e) && decimal.TryParse(actual, Style, culture, out var a))
        {
            return e == a;
        }

        return double.TryParse(expected, Style, culture, out var de) && double.TryParse(actual, Style, culture, out var da) && de.Equals(da);
    }

    private static string Differs(string path, string expected, JsonNode? actual) => $"at {path}: expected {expected}, actual {Show(actual)}";

    private static string Child(string path, string key) =>
        SimpleKey().IsMatch(key) ? $"{path}.{key}" : $"{path}[{JsonSerializer.Serialize(key, ShowOptions)}]";

    [GeneratedRegex("^[A-Za-z0-9]{14}$", RegexOptions.CultureInvariant)]
    private static partial Regex Id14();

    [GeneratedRegex("^[A-Za-z0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Id5();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleKey();
}
