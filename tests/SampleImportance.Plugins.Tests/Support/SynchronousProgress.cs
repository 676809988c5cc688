namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Records progress reports on the calling thread (Progress&lt;T&gt; would post them asynchronously).</summary>
internal sealed class SynchronousProgress(List<double> reports) : IProgress<double>
{
    public void Report(double value) => reports.Add(value);
}
