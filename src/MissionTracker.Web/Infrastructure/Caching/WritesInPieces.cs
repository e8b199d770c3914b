using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// Splits large writes to the response into pieces of <see cref="Piece"/> bytes, each flushed before the next. The output
/// cache writes a stored answer with one write; the server copies a write into its buffers whole before it sends any of
/// it, so 32 connections reading a cached 5 MB export at once held 32 copies of it (160 MB). Written in pieces, the server
/// waits for each piece to leave before it takes the next, and a connection holds one piece at a time.
/// </summary>
public static class WritesInPieces
{
    public const int Piece = 64 * 1024;

    public static WebApplication UseResponseWritesInPieces(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Features.Set<IHttpResponseBodyFeature>(new PiecewiseBody(body));
            return next(context);
        });
        return app;
    }

    private sealed class PiecewiseBody(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
    {
        public Stream Stream => inner.Stream;

        public PipeWriter Writer { get; } = new PiecewiseWriter(inner.Writer);

        public void DisableBuffering() => inner.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.SendFileAsync(path, offset, count, cancellationToken);

        public Task CompleteAsync() => inner.CompleteAsync();
    }

    internal sealed class PiecewiseWriter(PipeWriter inner) : PipeWriter
    {
        public override async ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
        {
            if (source.Length <= Piece)
            {
                return await inner.WriteAsync(source, cancellationToken);
            }
            FlushResult result = default;
            for (var offset = 0; offset < source.Length && !result.IsCompleted && !result.IsCanceled; offset += Piece)
            {
                result = await inner.WriteAsync(source.Slice(offset, Math.Min(Piece, source.Length - offset)), cancellationToken);
            }
            return result;
        }

        public override void Advance(int bytes) => inner.Advance(bytes);

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
