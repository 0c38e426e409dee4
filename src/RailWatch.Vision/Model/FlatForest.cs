using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OpenCvSharp.ML;
using RailWatch.Core.Errors;

namespace RailWatch.Vision.Model;

/// <summary>
/// A trained OpenCV regression forest copied into flat arrays and evaluated in managed code, bitwise as OpenCV
/// predicts: the same walk (an ordered split sends a value ≤ its threshold left), the same sum of leaf values in
/// double over the trees in order, the same single-precision scaling by one over the number of trees. Features are
/// never OpenCV's missing-value marker (<c>float.MaxValue</c>), so its missing-value branch is left out, and the
/// forest is trained on all its features in order (as <see cref="SampleForest.Train"/> does), so a split's variable
/// is the feature's index.
/// Faster than OpenCV's walk: a node is one 16-byte record; a leaf points to itself, so a tree is walked a fixed
/// number of steps (its depth) without a branch on the path taken; four rows are walked together, so their memory
/// reads overlap; and trees are the outer loop, so a tree stays in cache. Thread-safe.
/// </summary>
internal sealed class FlatForest
{
    private readonly int[] roots;
    private readonly int[] depths;
    private readonly FlatNode[] nodes;
    private readonly double[] values;
    private readonly float scale;

    private FlatForest(int[] roots, int[] depths, FlatNode[] nodes, double[] values)
    {
        this.roots = roots;
        this.depths = depths;
        this.nodes = nodes;
        this.values = values;
        scale = 1f / roots.Length;
    }

    /// <summary>
    /// Copies a forest's trees. Only ordered splits are supported (what <see cref="SampleForest.Train"/> makes);
    /// otherwise a <see cref="BadDataException"/> naming <paramref name="source"/>.
    /// </summary>
    public static FlatForest From(DTrees trees, string source)
    {
        var roots = trees.GetRoots();
        var cvNodes = trees.GetNodes();
        var splits = trees.GetSplits();
        if (roots.Length == 0)
        {
            throw new BadDataException($"{source}: the classifier has no trees");
        }

        // Only categorical splits have subsets.
        if (trees.GetSubsets().Length > 0)
        {
            throw new BadDataException($"{source}: the classifier splits on categorical variables, which this counter does not evaluate");
        }

        var nodes = new FlatNode[cvNodes.Length];
        var values = new double[cvNodes.Length];
        for (var i = 0; i < cvNodes.Length; i++)
        {
            var node = cvNodes[i];
            values[i] = node.Value;
            if (node.Split < 0)
            {
                nodes[i] = new FlatNode(0, 0, i, i);
                continue;
            }

            var split = splits[node.Split];
            if (split.Inversed != 0)
            {
                throw new BadDataException($"{source}: node {i} has an inverted split (\"gt\"), which this counter does not evaluate");
            }

            nodes[i] = new FlatNode(split.VarIdx, split.C, node.Left, node.Right);
        }

        return new FlatForest(roots, roots.Select(root => Depth(cvNodes, root)).ToArray(), nodes, values);
    }

    /// <summary>
    /// The forest's output for every row of <paramref name="rows"/> (<paramref name="featureCount"/> per row).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float[] Predict(ReadOnlySpan<float> rows, int featureCount)
    {
        var n = rows.Length / featureCount;
        var sums = new double[n];
        for (var tree = 0; tree < roots.Length; tree++)
        {
            var root = roots[tree];
            var depth = depths[tree];
            var i = 0;
            for (; i + 4 <= n; i += 4)
            {
                int a = root, b = root, c = root, d = root;
                var rowA = rows.Slice(i * featureCount, featureCount);
                var rowB = rows.Slice((i + 1) * featureCount, featureCount);
                var rowC = rows.Slice((i + 2) * featureCount, featureCount);
                var rowD = rows.Slice((i + 3) * featureCount, featureCount);
                for (var step = 0; step < depth; step++)
                {
                    a = nodes[a].Next(rowA);
                    b = nodes[b].Next(rowB);
                    c = nodes[c].Next(rowC);
                    d = nodes[d].Next(rowD);
                }

                sums[i] += values[a];
                sums[i + 1] += values[b];
                sums[i + 2] += values[c];
                sums[i + 3] += values[d];
            }

            for (; i < n; i++)
            {
                var k = root;
                var row = rows.Slice(i * featureCount, featureCount);
                for (var step = 0; step < depth; step++)
                {
                    k = nodes[k].Next(row);
                }

                sums[i] += values[k];
            }
        }

        var result = new float[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = (float)sums[i] * scale;
        }

        return result;
    }

    /// <summary>
    /// Writes the forest in its own binary form (what <see cref="ReadFrom"/> reads back), with the number of features
    /// its splits index: "RWFF", a format version, the counts, then the roots, depths, nodes and leaf values as
    /// they lie in memory (little-endian).
    /// </summary>
    public void WriteTo(Stream stream, int featureCount)
    {
        stream.Write(MemoryMarshal.AsBytes<int>([Magic, FormatVersion, featureCount, roots.Length, nodes.Length]));
        stream.Write(MemoryMarshal.AsBytes(roots.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(depths.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(nodes.AsSpan()));
        stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>
    /// Reads a forest written by <see cref="WriteTo"/> and the number of features it was written with; a stream that
    /// is not such a forest (wrong header, truncated or too long, links outside the forest) gives a
    /// <see cref="BadDataException"/> naming <paramref name="source"/>.
    /// </summary>
    public static (FlatForest Forest, int FeatureCount) ReadFrom(Stream stream, string source)
    {
        try
        {
            Span<int> header = stackalloc int[5];
            stream.ReadExactly(MemoryMarshal.AsBytes(header));
            if (header[0] != Magic || header[1] != FormatVersion)
            {
                throw new BadDataException($"{source}: not a flat forest of this version");
            }

            var (featureCount, treeCount, nodeCount) = (header[2], header[3], header[4]);
            var expectedLength = 20L + (8L * treeCount) + ((16L + 8L) * nodeCount);
            if (featureCount <= 0 || treeCount <= 0 || nodeCount < treeCount || (stream.CanSeek && stream.Length != expectedLength))
            {
                throw new BadDataException($"{source}: implausible forest ({featureCount} features, {treeCount} trees, {nodeCount} nodes in {(stream.CanSeek ? stream.Length : -1)} bytes)");
            }

            var roots = new int[treeCount];
            var depths = new int[treeCount];
            var nodes = new FlatNode[nodeCount];
            var values = new double[nodeCount];
            stream.ReadExactly(MemoryMarshal.AsBytes(roots.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(depths.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(nodes.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            if (roots.Any(root => (uint)root >= (uint)nodeCount))
            {
                throw new BadDataException($"{source}: a tree's root lies outside the forest's {nodeCount} nodes");
            }

            for (var i = 0; i < nodeCount; i++)
            {
                var node = nodes[i];
                if ((uint)node.Feature >= (uint)featureCount || (uint)node.Left >= (uint)nodeCount || (uint)node.Right >= (uint)nodeCount)
                {
                    throw new BadDataException($"{source}: node {i} links outside the forest (feature {node.Feature} of {featureCount}, children {node.Left} and {node.Right} of {nodeCount})");
                }
            }

            return (new FlatForest(roots, depths, nodes, values), featureCount);
        }
        catch (EndOfStreamException e)
        {
            throw new BadDataException($"{source}: the forest is truncated", e);
        }
    }

    private const int Magic = 0x46465752; // "RWFF" in little-endian order
    private const int FormatVersion = 1;

    /// <summary>Splits on the longest path from <paramref name="root"/> to a leaf.</summary>
    private static int Depth(DTrees.Node[] nodes, int root)
    {
        var deepest = 0;
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (k, depth) = stack.Pop();
            if (nodes[k].Split < 0)
            {
                deepest = Math.Max(deepest, depth);
                continue;
            }

            stack.Push((nodes[k].Left, depth + 1));
            stack.Push((nodes[k].Right, depth + 1));
        }

        return deepest;
    }

    /// <summary>A split (a leaf: feature 0 and both children itself); 16 bytes, written to the cache as they lie.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct FlatNode(int Feature, float Threshold, int Left, int Right)
    {
        public int Next(ReadOnlySpan<float> row) => row[Feature] <= Threshold ? Left : Right;
    }
}
