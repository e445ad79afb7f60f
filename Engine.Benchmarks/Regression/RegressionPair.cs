namespace SoftrLite.Benchmarks.Regression;

/// <summary>
/// One ratio the CI regression check watches: an engine benchmark method over its raw baseline in the same class,
/// by median time or by bytes allocated, with the ratio recorded in the repository.
/// </summary>
/// <param name="Name">What the ratio measures, for the report.</param>
/// <param name="Class">The benchmark class, by its full name.</param>
/// <param name="Engine">The engine's method.</param>
/// <param name="Raw">The raw baseline's method.</param>
/// <param name="Metric"><c>time</c> (median) or <c>allocated</c> (bytes per operation).</param>
/// <param name="Recorded">The short mode's ratio when it was last recorded.</param>
internal sealed record RegressionPair(string Name, string Class, string Engine, string Raw, string Metric, double Recorded);
