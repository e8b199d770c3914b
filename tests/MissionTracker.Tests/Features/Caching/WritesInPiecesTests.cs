using System.IO.Pipelines;
using MissionTracker.Web.Infrastructure.Caching;

namespace MissionTracker.Tests.Features.Caching;

/// <summary>A large write to the response reaches the server in pieces, each waited for, and arrives whole and in order.</summary>
public sealed class WritesInPiecesTests
{
    [Fact]
    public async Task ALargeWriteArrivesWholeInPiecesNoLargerThanOnePiece()
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: WritesInPieces.Piece * 2, resumeWriterThreshold: WritesInPieces.Piece));
        var recording = new RecordingWriter(pipe.Writer);
        var writer = new WritesInPieces.PiecewiseWriter(recording);
        var body = new byte[5 * 1024 * 1024 + 123];
        new Random(7).NextBytes(body);

        var reading = ReadAllAsync(pipe.Reader);
        await writer.WriteAsync(body);
        await writer.CompleteAsync();
        var received = await reading;

        Assert.Equal(body, received);
        Assert.True(recording.Writes > 1);
        Assert.True(recording.Largest <= WritesInPieces.Piece, $"a write of {recording.Largest} bytes reached the server");
    }

    [Fact]
    public async Task ASmallWriteIsPassedOnAsItIs()
    {
        var pipe = new Pipe();
        var recording = new RecordingWriter(pipe.Writer);
        var writer = new WritesInPieces.PiecewiseWriter(recording);

        await writer.WriteAsync(new byte[100]);

        Assert.Equal(1, recording.Writes);
        Assert.Equal(100, recording.Largest);
    }

    private static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        using var all = new MemoryStream();
        while (true)
        {
            var result = await reader.ReadAsync();
            foreach (var segment in result.Buffer)
            {
                all.Write(segment.Span);
            }
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return all.ToArray();
            }
        }
    }

    /// <summary>Forwards to a pipe and notes the size of each write it was handed.</summary>
    private sealed class RecordingWriter(PipeWriter inner) : PipeWriter
    {
        public int Writes { get; private set; }

        public int Largest { get; private set; }

        public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
        {
            Writes++;
            Largest = Math.Max(Largest, source.Length);
            return inner.WriteAsync(source, cancellationToken);
        }

        public override void Advance(int bytes) => inner.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);
    }
}
