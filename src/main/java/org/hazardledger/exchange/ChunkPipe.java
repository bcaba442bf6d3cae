package org.hazardledger.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Hands chunks of bytes, in order, to a second thread that consumes them (hashes them for the
 * signature, writes them out) while this thread goes on with the cipher: the two halves of the
 * bundle crypto run on two cores. A fixed pool of chunks bounds the memory and makes the faster side
 * wait for the slower. The consumer's first failure is thrown to the producer at its next call; the
 * thread ends when the pipe is finished or closed, failure or not.
 */
final class ChunkPipe implements AutoCloseable {

    /** Consumes one chunk on the pipe's thread. */
    interface Sink {
        void accept(byte[] bytes, int off, int len) throws IOException;
    }

    /** A buffer and how much of it holds data. */
    static final class Chunk {
        final byte[] bytes;
        int length;

        Chunk(int size) {
            bytes = new byte[size];
        }
    }

    private static final Chunk END = new Chunk(0);

    private final BlockingQueue<Chunk> free;
    private final BlockingQueue<Chunk> full = new LinkedBlockingQueue<>();
    private final Sink sink;
    private final Thread thread;
    private volatile Throwable failure;
    private boolean ended;

    ChunkPipe(String name, int chunks, int chunkSize, Sink sink) {
        this.free = new ArrayBlockingQueue<>(chunks);
        for (int i = 0; i < chunks; i++) {
            free.add(new Chunk(chunkSize));
        }
        this.sink = sink;
        this.thread = new Thread(this::consume, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void consume() {
        try {
            while (true) {
                Chunk chunk = full.take();
                if (chunk == END) {
                    return;
                }
                if (failure == null && chunk.length > 0) {
                    try {
                        sink.accept(chunk.bytes, 0, chunk.length);
                    } catch (IOException | RuntimeException | Error e) {
                        failure = e;
                    }
                }
                free.add(chunk);
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    /** An empty chunk to fill (waits while the consumer holds them all). */
    Chunk take() throws IOException {
        rethrow();
        try {
            Chunk chunk = free.take();
            rethrow();
            chunk.length = 0;
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Passes a filled chunk on; the producer must not touch it again. */
    void send(Chunk chunk) {
        full.add(chunk);
    }

    /** Waits until every chunk sent has been consumed, then throws the consumer's failure if any. */
    void finish() throws IOException {
        end();
        rethrow();
    }

    private void end() throws InterruptedIOException {
        if (ended) {
            return;
        }
        ended = true;
        full.add(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    private void rethrow() throws IOException {
        Throwable e = failure;
        if (e == null) {
            return;
        }
        if (e instanceof IOException) {
            throw (IOException) e;
        }
        if (e instanceof UncheckedIOException) {
            throw ((UncheckedIOException) e).getCause();
        }
        if (e instanceof RuntimeException) {
            throw (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        throw new IOException(e);
    }

    /** Ends the thread without throwing the consumer's failure (for paths already failing). */
    @Override
    public void close() {
        try {
            end();
        } catch (InterruptedIOException e) {
            // interrupted while waiting: the thread was interrupted too and ends
        }
    }
}
