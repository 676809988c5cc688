namespace SampleImportance.Data.Csv;

/// <summary>Group text → int id, numbered in order of first appearance. Shared across a dataset's files so one
/// query keeps one id in train, validation and test.</summary>
internal sealed class GroupIdMap
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int this[string text]
    {
        get
        {
            if (!_ids.TryGetValue(text, out var id))
            {
                id = _ids.Count;
                _ids[text] = id;
            }

            return id;
        }
    }
}
