namespace SoftrLite.Identity;

/// <summary>An ID that is a string underneath, so one JSON converter serves every ID type.</summary>
internal interface IStringId<TSelf>
    where TSelf : struct, IStringId<TSelf>
{
    string Value { get; }

    static abstract TSelf From(string value);
}
