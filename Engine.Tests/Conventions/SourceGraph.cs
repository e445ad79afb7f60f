using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SoftrLite.Tests.Conventions;

/// <summary>
/// The engine's sources compiled with Roslyn, and every reference from one source file to a type declared in
/// another folder: the type-level dependency graph the layering test checks.
/// </summary>
internal sealed class SourceGraph
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private SourceGraph(string root, CSharpCompilation compilation)
    {
        Root = root;
        Compilation = compilation;
    }

    /// <summary>The engine's source folder.</summary>
    public string Root { get; }

    /// <summary>The compilation of every source file under <see cref="Root"/>.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>Compiles the engine's sources (Engine/ beside the solution file) against the test run's assemblies.</summary>
    public static SourceGraph OfEngine()
    {
        var root = Path.Combine(RepositoryRoot(), "Engine");
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(root, f))
            .Order(StringComparer.Ordinal);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")), parse, "GlobalUsings.g.cs"));

        var engineAssemblies = new[] { "SoftrLite.dll", "SoftrLite.Tests.dll", "SoftrLite.Server.dll", "SoftrLite.Cli.dll" };
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !engineAssemblies.Contains(Path.GetFileName(p), StringComparer.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "SoftrLite",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new SourceGraph(root, compilation);
    }

    /// <summary>Errors that would hide references: names that did not bind to a type.</summary>
    public IEnumerable<string> UnresolvedNames() =>
        Compilation.GetDiagnostics()
            .Where(d => d.Id is "CS0246" or "CS0234" or "CS0103")
            .Select(d => d.ToString());

    /// <summary>Every reference from a file to a type (or a member of a type) declared in the engine's sources.</summary>
    public IEnumerable<SourceReference> References()
    {
        foreach (var tree in Compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith(Root, StringComparison.Ordinal)))
        {
            var model = Compilation.GetSemanticModel(tree);
            var from = Relative(tree.FilePath);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(node).Symbol;
                if (DeclaringType(symbol) is not { } type)
                {
                    continue;
                }

                foreach (var declaration in type.DeclaringSyntaxReferences)
                {
                    if (declaration.SyntaxTree.FilePath.StartsWith(Root, StringComparison.Ordinal) && declaration.SyntaxTree != tree)
                    {
                        yield return new SourceReference(from, Relative(declaration.SyntaxTree.FilePath), type.Name, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Every use of a type from <paramref name="namespacePrefix"/> (an assembly's types, not the engine's).</summary>
    public IEnumerable<SourceReference> UsesOfNamespace(string namespacePrefix)
    {
        foreach (var tree in Compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith(Root, StringComparison.Ordinal)))
        {
            var model = Compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (DeclaringType(model.GetSymbolInfo(node).Symbol) is { } type
                    && type.ContainingNamespace.ToDisplayString().StartsWith(namespacePrefix, StringComparison.Ordinal))
                {
                    yield return new SourceReference(Relative(tree.FilePath), type.ContainingNamespace.ToDisplayString(), type.Name, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
                }
            }
        }
    }

    private static INamedTypeSymbol? DeclaringType(ISymbol? symbol) => symbol switch
    {
        null => null,
        INamedTypeSymbol type => (type.OriginalDefinition as INamedTypeSymbol) ?? type,
        IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType,
        INamespaceSymbol => null,
        ILocalSymbol or IParameterSymbol or ITypeParameterSymbol or IRangeVariableSymbol or ILabelSymbol => null,
        _ => symbol.ContainingType?.OriginalDefinition,
    };

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string root, string file)
    {
        var first = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SoftrLite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SoftrLite.sln not found above the test directory.");
    }
}

/// <summary>One reference: the file that names a type, the file (or namespace) that declares it, and where.</summary>
internal sealed record SourceReference(string From, string To, string Type, int Line);
