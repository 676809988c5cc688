using System.Text;
using SampleImportance.Validation;

namespace SampleImportance.Data.Csv;

/// <summary>Streams RFC 4180 records: comma separated, fields optionally double-quoted, <c>""</c> inside quotes is a
/// quote, quoted fields may span lines; LF, CRLF and CR all end a line. Empty lines are skipped.</summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly string _path;
    private readonly StringBuilder _text = new();
    private int _line = 1;
    private int _column = 1;

    public CsvRecordReader(TextReader reader, string path)
    {
        _reader = reader;
        _path = path;
    }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at end of input.</summary>
    /// <exception cref="InputException">An unterminated quote or text after a closing quote.</exception>
    public bool TryRead(List<CsvField> fields, out int line)
    {
        fields.Clear();
        while (_reader.Peek() is '\r' or '\n')
        {
            Read();
        }

        line = _line;
        if (_reader.Peek() < 0)
        {
            return false;
        }

        while (true)
        {
            fields.Add(ReadField());
            if (_reader.Peek() == ',')
            {
                Read();
                continue;
            }

            ReadLineEnd();
            return true;
        }
    }

    private CsvField ReadField()
    {
        int line = _line, column = _column;
        _text.Clear();
        if (_reader.Peek() != '"')
        {
            while (_reader.Peek() is not (',' or '\r' or '\n' or -1))
            {
                _text.Append((char)Read());
            }

            return new CsvField(_text.ToString(), line, column);
        }

        Read();
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                throw new InputException(new ValidationError(
                    "A quoted field is never closed: the file ends inside it.",
                    new SourceLocation(_path, line, column),
                    "Close the field with a double quote; write a quote inside a quoted field as \"\"."));
            }

            if (c == '"')
            {
                if (_reader.Peek() != '"')
                {
                    break;
                }

                Read();
            }

            _text.Append((char)c);
        }

        if (_reader.Peek() is not (',' or '\r' or '\n' or -1))
        {
            throw new InputException(new ValidationError(
                $"Unexpected character '{(char)_reader.Peek()}' after the closing quote of a field.",
                new SourceLocation(_path, _line, _column),
                "Put a comma after the closing quote, or quote the whole field and write inner quotes as \"\"."));
        }

        return new CsvField(_text.ToString(), line, column);
    }

    private void ReadLineEnd()
    {
        if (_reader.Peek() == '\r')
        {
            Read();
        }

        if (_reader.Peek() == '\n')
        {
            Read();
        }
    }

    /// <summary>Reads one character, keeping line and column current (CRLF counts as one line break).</summary>
    private int Read()
    {
        var c = _reader.Read();
        if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
        {
            _line++;
            _column = 1;
        }
        else if (c >= 0)
        {
            _column++;
        }

        return c;
    }
}
