package com.fooddelivery.customer.bootstrap;

import java.io.OutputStream;

/**
 * The process's standard output, as {@link System#out} is at each write, which closing leaves open. Under
 * a buffer, the log's writer hands it a batch of lines in one write instead of one write per line (the
 * JDK's {@code System.out} flushes every write, and logback's console appender writes each line).
 */
final class StandardOutput extends OutputStream {

    @Override
    public void write(int b) {
        System.out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        System.out.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        System.out.flush();
    }

    /** Flushes only: standard output outlives the log, and other code may still print to it. */
    @Override
    public void close() {
        flush();
    }
}
