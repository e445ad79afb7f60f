using System.Reflection;
using System.Runtime.CompilerServices;

namespace SoftrLite.Tests.Conventions;

/// <summary>The conventions of STYLE.md, enforced by reflection over the public surface.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Engine = typeof(SoftrEngine).Assembly;
    private static readonly Type[] PublicTypes = Engine.GetExportedTypes();
    private static readonly string[] StorageNamespaces = ["Microsoft.Data.Sqlite", "Dapper", "MessagePack", "SQLitePCL", "Npgsql"];

    [Test]
    public void Public_classes_are_sealed_unless_designed_for_inheritance()
    {
        Type[] designedForInheritance = [typeof(FieldType), typeof(FieldType<>)];
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !designedForInheritance.Contains(t)).Select(t => t.FullName);
        Assert.That(open, Is.Empty);
    }

    [Test]
    public void Public_types_live_in_the_two_public_namespaces()
    {
        var elsewhere = PublicTypes.Where(t => t.Namespace is not ("SoftrLite" or "SoftrLite.Rest")).Select(t => t.FullName);
        Assert.That(elsewhere, Is.Empty);
    }

    [Test]
    public void Public_records_have_no_setters_beyond_init()
    {
        var settable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.That(settable, Is.Empty);
    }

    [Test]
    public void Every_error_code_maps_to_a_distinct_wire_name_and_an_http_status()
    {
        var codes = Enum.GetValues<ErrorCode>();
        Assert.That(codes, Has.Length.EqualTo(11));
        Assert.That(codes.Select(c => c.ToWireName()).Distinct().Count(), Is.EqualTo(codes.Length));
        Assert.That(codes.Select(c => c.ToHttpStatus()), Has.All.InRange(400, 599));
    }

    [Test]
    public void No_storage_type_appears_in_the_public_api()
    {
        var leaks = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => SignatureTypes(m).Select(type => (Member: $"{m.DeclaringType!.Name}.{m.Name}", Type: type)))
            .Where(x => x.Type.Namespace is { } ns && StorageNamespaces.Any(s => ns.StartsWith(s, StringComparison.Ordinal)))
            .Select(x => $"{x.Member}: {x.Type.FullName}");
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void Every_operation_group_is_reachable_from_the_engine()
    {
        var groups = PublicTypes.Where(t => t.Name.EndsWith("Operations", StringComparison.Ordinal));
        var exposed = typeof(SoftrEngine).GetProperties().Select(p => p.PropertyType);
        Assert.That(groups, Is.SubsetOf(exposed));
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member)
    {
        IEnumerable<Type> types = member switch
        {
            MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            EventInfo e => [e.EventHandlerType!],
            _ => [],
        };
        return types.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        var element = type.HasElementType ? type.GetElementType() : null;
        if (element is not null)
        {
            foreach (var inner in Expand(element))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
