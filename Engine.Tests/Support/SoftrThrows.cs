using NUnit.Framework.Constraints;

namespace SoftrLite.Tests.Support;

/// <summary>Constraints for domain failures: assert the code, never the message.</summary>
internal static class SoftrThrows
{
    public static IResolveConstraint Code(ErrorCode code) =>
        Throws.TypeOf<SoftrException>().With.Property(nameof(SoftrException.Code)).EqualTo(code);

    /// <summary>A <see cref="ErrorCode.ValidationError"/> that names the field it refused.</summary>
    public static IResolveConstraint Validation(string fieldId) =>
        Throws.TypeOf<SoftrException>()
            .With.Property(nameof(SoftrException.Code)).EqualTo(ErrorCode.ValidationError)
            .And.Property(nameof(SoftrException.Details)).ContainKey("fieldId").WithValue(fieldId);
}
