using System.Runtime.CompilerServices;
using SoftrLite.Compiled;

namespace SoftrLite.Computed;

/// <summary>One <see cref="ComputedPlan"/> per schema model, built on first use and dropped with the model.</summary>
internal sealed class PlanCache(Func<FieldModel, TableModel, IFormulaProgram?> compile)
{
    private readonly ConditionalWeakTable<DatabaseModel, ComputedPlan> _plans = [];

    public ComputedPlan For(DatabaseModel model) => _plans.GetValue(model, m => ComputedPlan.Build(m, compile));

    /// <summary>A plan for a model that is not shared (built inside a schema write).</summary>
    public ComputedPlan Fresh(DatabaseModel model) => ComputedPlan.Build(model, compile);
}
