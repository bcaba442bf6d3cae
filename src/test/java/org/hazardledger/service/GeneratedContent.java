package org.hazardledger.service;

import java.io.InputStream;

/**
 * {@code length} bytes of deterministic pseudo-random content, made as they are read: a large
 * file's content without a large array or file behind it.
 */
final class GeneratedContent extends InputStream {

    private final long length;
    private long position;
    private long state;

    GeneratedContent(long length, long seed) {
        this.length = length;
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    private int nextByte() {
        // xorshift64
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) (state & 0xFF);
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        position++;
        return nextByte();
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) nextByte();
        }
        position += n;
        return n;
    }
}
