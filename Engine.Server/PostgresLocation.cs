using Npgsql;

namespace SoftrLite.Server;

/// <summary>Says where an engine on PostgreSQL keeps its data, for startup lines and reports, without the password.</summary>
public static class PostgresLocation
{
    /// <summary>
    /// <c>PostgreSQL Host=…;Port=…;Database=…;Username=… (schemas PREFIX, PREFIX_*)</c>: the connection string without
    /// its password (or a placeholder when it cannot be read), and the schemas the engine uses.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="schemaPrefix">The prefix of the engine's schemas.</param>
    public static string Describe(string connectionString, string schemaPrefix) =>
        $"PostgreSQL {WithoutPassword(connectionString)} (schemas {schemaPrefix}, {schemaPrefix}_*)";

    /// <summary>The connection string without <c>Password</c> (nor a passfile); an unreadable one becomes a placeholder.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    public static string WithoutPassword(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = null, Passfile = null };
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
