package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.tracking.FollowOrders;
import com.fooddelivery.customer.application.tracking.FollowOrders.Update;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One Server-Sent Events response, written from whichever thread has something to say: writes are
 * queued on a small shared pool, in order per stream, so neither the log's reader nor a request
 * thread ever waits for a client. The response ends when {@link #ended()} completes.
 */
final class SseStream implements FollowOrders.Viewer {

    /** How soon a client reconnects after the stream breaks, in milliseconds. */
    static final int RETRY_MILLIS = 3000;

    private final Context ctx;
    private final Executor writers;
    private final Function<Update, byte[]> format;
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private CompletableFuture<Void> lane = opened;
    private boolean shown;
    private boolean endRequested;

    SseStream(Context ctx, Executor writers, Function<Update, byte[]> format) {
        this.ctx = ctx;
        this.writers = writers;
        this.format = format;
    }

    @Override
    public synchronized void show(Update update) {
        shown = true;
        byte[] event = format.apply(update);
        enqueue(() -> write(event));
    }

    @Override
    public synchronized void end(FollowOrders.Ending why) {
        endRequested = true;
        enqueue(() -> ended.complete(null));
    }

    /** A comment line, so that proxies see traffic on an idle stream and a gone client is noticed. */
    void heartbeat() {
        enqueue(() -> write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the stream ended while it opened without anything to show (a finished order's reconnect). */
    synchronized boolean endedEmpty() {
        return endRequested && !shown;
    }

    /** Starts writing, once the response is asynchronous; the first line tells the client how soon to reconnect. */
    // whenComplete's callbacks are the point; their copies of the outcome have no reader.
    @SuppressWarnings("FutureReturnValueIgnored")
    void open(Runnable whenEnded) {
        ended.whenComplete((done, failure) -> whenEnded.run());
        CompletableFuture<Void> start = CompletableFuture.runAsync(
                () -> write(("retry: " + RETRY_MILLIS + "\n\n").getBytes(StandardCharsets.UTF_8)), writers);
        start.whenComplete((done, failure) -> opened.complete(null));
    }

    CompletableFuture<Void> ended() {
        return ended;
    }

    /**
     * Ends the stream from this side at once (the server stops, the session expired), without waiting
     * for queued writes: a stopping server's writers may take no more work.
     */
    void finish() {
        ended.complete(null);
    }

    private synchronized void enqueue(Runnable work) {
        if (ended.isDone()) {
            return;
        }
        lane = lane.thenRunAsync(
                () -> {
                    if (!ended.isDone()) {
                        work.run();
                    }
                },
                writers);
    }

    private void write(byte[] bytes) {
        try {
            OutputStream out = ctx.res().getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException | RuntimeException gone) {
            // The client went away: the stream ends, and with it its place among the open streams.
            ended.complete(null);
        }
    }
}
