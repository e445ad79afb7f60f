namespace SoftrLite.Formula;

/// <summary>A node of a compiled formula's tree; evaluation walks the tree once per record.</summary>
internal abstract class Node
{
    /// <summary>Creates a node found at <paramref name="position"/> whose static type is <paramref name="staticType"/>.</summary>
    protected Node(int position, FormulaResultType? staticType, int depth)
    {
        Position = position;
        StaticType = staticType;
        Depth = depth;
    }

    /// <summary>The 0-based offset of the node in the formula text.</summary>
    public int Position { get; }

    /// <summary>The type of the values this node yields; null when it yields only blanks or errors (which fit any type).</summary>
    public FormulaResultType? StaticType { get; }

    /// <summary>The height of the subtree rooted here (bounded, so evaluation cannot overflow the stack).</summary>
    public int Depth { get; }

    /// <summary>Evaluates the node; runtime problems give error values, never exceptions.</summary>
    public abstract FormulaValue Evaluate(in EvalContext context);
}
