using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// The variables of one scenario run (<c>{{NAME}}</c>) and their substitution into paths, keys and bodies.
/// Special placeholders (<c>{{save:NAME}}</c>, <c>{{any}}</c>, <c>{{uuid}}</c>…) are matchers, not variables.
/// </summary>
internal sealed partial class Placeholders
{
    /// <summary>The prefix of a placeholder that binds what it matches.</summary>
    public const string SavePrefix = "save:";

    private static readonly string[] Matchers = ["any", "absent", "uuid", "id14", "id5", "timestamp", "string", "number"];

    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);

    /// <summary>Binds (or rebinds) a variable to a copy of <paramref name="value"/>.</summary>
    public void Bind(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (IsSpecial(name))
        {
            throw new InvalidDataException($"\"{name}\" is a reserved placeholder name and cannot be bound.");
        }

        _values[name] = value?.DeepClone();
    }

    /// <summary>Binds a variable to a string.</summary>
    public void Bind(string name, string value) => Bind(name, JsonValue.Create(value));

    /// <summary>The value bound to <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">Nothing is bound to that name.</exception>
    public JsonNode? Get(string name)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value?.DeepClone();
        }

        var known = _values.Count == 0 ? "none" : string.Join(", ", _values.Keys.Order(StringComparer.Ordinal));
        throw new KeyNotFoundException($"unbound variable {{{{{name}}}}} (bound variables: {known})");
    }

    /// <summary>When <paramref name="text"/> is exactly one placeholder, its inner name (e.g. <c>save:db</c>).</summary>
    public static bool TryParseWhole(string text, out string inner)
    {
        var match = WholePlaceholder().Match(text);
        inner = match.Success ? match.Groups[1].Value : string.Empty;
        return match.Success;
    }

    /// <summary>Whether <paramref name="inner"/> names a matcher or a save rather than a variable.</summary>
    public static bool IsSpecial(string inner) =>
        inner.StartsWith(SavePrefix, StringComparison.Ordinal) || Matchers.Contains(inner, StringComparer.Ordinal);

    /// <summary>Replaces every <c>{{NAME}}</c> in <paramref name="text"/> by the text of its value.</summary>
    /// <exception cref="KeyNotFoundException">A variable is unbound.</exception>
    /// <exception cref="InvalidDataException">A special placeholder appears where only variables may.</exception>
    public string SubstituteText(string text) => AnyPlaceholder().Replace(text, match =>
    {
        var inner = match.Groups[1].Value;
        if (IsSpecial(inner))
        {
            throw new InvalidDataException(
                $"the placeholder {{{{{inner}}}}} cannot be used inside \"{text}\"; only variables are substituted there.");
        }

        return Get(inner) switch
        {
            null => "null",
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            var other => other.ToJsonString(),
        };
    });

    /// <summary>
    /// A copy of a request body with variables substituted: a string that is exactly <c>{{NAME}}</c> becomes the
    /// bound value with its JSON type; other strings and every object key get text substitution.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A variable is unbound.</exception>
    /// <exception cref="InvalidDataException">A special placeholder appears in the body.</exception>
    public JsonNode? SubstituteBody(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var name = SubstituteText(key);
                    if (!copy.TryAdd(name, SubstituteBody(value)))
                    {
                        throw new InvalidDataException($"the key \"{key}\" becomes \"{name}\", which the object already has.");
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(SubstituteBody)]);
            case JsonValue value when value.TryGetValue<string>(out var text):
                return TryParseWhole(text, out var inner) && !IsSpecial(inner) ? Get(inner) : JsonValue.Create(SubstituteText(text));
            default:
                return node?.DeepClone();
        }
    }

    [GeneratedRegex(@"^\{\{([^{}\s]+)\}\}$", RegexOptions.CultureInvariant)]
    private static partial Regex WholePlaceholder();

    [GeneratedRegex(@"\{\{([^{}\s]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex AnyPlaceholder();
}
