package com.fooddelivery.customer.adapter.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Receives a request's whole body before the request goes on to Javalin, without holding a thread
 * while it arrives: Javalin reads bodies blocking, so a client trickling bodies a few bytes a
 * second used to hold one request thread per connection and starve everyone else. A body must
 * arrive within {@link BodyLimits#timeout()} and keep up {@link BodyLimits#minBytesPerSecond()}
 * (408 otherwise); one remote address may be sending {@link BodyLimits#perClient()} bodies at once
 * (429 for one more). A body larger than any route takes is read and dropped up to
 * {@link RequestBodies#DRAIN_LIMIT}, so its sender still sees the 413, and refused beyond that.
 */
final class BodyBuffering extends Handler.Wrapper {

    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int RETRY_AFTER_SECONDS = 1;

    private final BodyLimits limits;
    private final int largest;
    private final ConcurrentHashMap<String, Integer> sending = new ConcurrentHashMap<>();

    /**
     * @param limits  how long, how slowly and how many at once
     * @param largest the largest body any route takes, in bytes
     */
    BodyBuffering(BodyLimits limits, int largest) {
        this.limits = limits;
        this.largest = largest;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        // A client waiting for 100 Continue has sent nothing yet, and is spared sending what no route takes.
        boolean waiting = request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
        if (declared > largest + RequestBodies.DRAIN_LIMIT || (declared > largest && waiting)) {
            tooLarge(request, response, callback);
            return true;
        }
        String client = Request.getRemoteAddr(request);
        if (!admit(client)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            JettyProblems.write(
                    request,
                    response,
                    callback,
                    HttpStatus.TOO_MANY_REQUESTS_429,
                    "Too many requests are being sent from this address at once; finish one first.");
            return true;
        }
        new Reception(request, response, callback, client, declared).start();
        return true;
    }

    private boolean admit(String client) {
        AtomicBoolean admitted = new AtomicBoolean();
        sending.compute(client, (address, count) -> {
            int now = count == null ? 0 : count;
            admitted.set(now < limits.perClient());
            return admitted.get() ? now + 1 : now;
        });
        return admitted.get();
    }

    private void release(String client) {
        sending.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
    }

    private void tooLarge(Request request, Response response, Callback callback) {
        JettyProblems.write(
                request,
                response,
                callback,
                HttpStatus.PAYLOAD_TOO_LARGE_413,
                "The body must be at most " + largest + " bytes.");
    }

    /**
     * One body on its way in. Reads what has arrived whenever Jetty says more is there, and a timer
     * checks the pace every second; whichever settles the request first (the last byte, a
     * refusal, a client gone) wins, once.
     */
    private final class Reception implements Invocable.Task {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final String client;
        private final long expected;
        private final long started = System.nanoTime();
        private final ByteArrayOutputStream body;
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile long received;
        private volatile Scheduler.Task timer;

        Reception(Request request, Response response, Callback callback, String client, long declared) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.client = client;
            this.expected = declared > 0 ? declared : Long.MAX_VALUE;
            this.body = new ByteArrayOutputStream(declared > 0 && declared <= largest ? (int) declared : 1024);
        }

        void start() {
            schedule();
            read();
        }

        @Override
        public void run() {
            read();
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        private void read() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk, false)) {
                    // Silent past the connection's idle timeout: still there, and told so.
                    refuse(HttpStatus.REQUEST_TIMEOUT_408, "The request's body stopped arriving.");
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // The client went away: nobody to answer.
                    if (settle()) {
                        callback.failed(chunk.getFailure());
                    }
                    return;
                }
                take(chunk.getByteBuffer());
                boolean last = chunk.isLast();
                chunk.release();
                if (received > largest + RequestBodies.DRAIN_LIMIT) {
                    refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, null);
                    return;
                }
                if (last) {
                    if (settle()) {
                        // Javalin blocks; it runs on a request thread, not on Jetty's selector.
                        request.getContext().execute(received > largest ? this::refuseTooLarge : this::pass);
                    }
                    return;
                }
            }
        }

        // Jetty hands chunks over one demand at a time: one writer; volatile is for the timer's reads.
        @SuppressWarnings("NonAtomicVolatileUpdate")
        private void take(ByteBuffer bytes) {
            int length = bytes.remaining();
            if (received + length <= largest) {
                byte[] copy = new byte[length];
                bytes.get(copy);
                body.write(copy, 0, length);
            }
            // Beyond the largest body a route takes, bytes are counted and dropped.
            received += length;
        }

        private void pass() {
            Request buffered = new BufferedRequest(request, body.toByteArray());
            try {
                if (!BodyBuffering.this.getHandler().handle(buffered, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable failure) {
                Response.writeError(request, response, callback, failure);
            }
        }

        private void refuseTooLarge() {
            tooLarge(request, response, callback);
        }

        private void schedule() {
            timer = request.getComponents().getScheduler().schedule(this::check, 1, TimeUnit.SECONDS);
        }

        private void check() {
            if (settled.get()) {
                return;
            }
            long elapsed = System.nanoTime() - started;
            if (elapsed > limits.timeout().toNanos()) {
                refuse(
                        HttpStatus.REQUEST_TIMEOUT_408,
                        "The request's body did not arrive within "
                                + limits.timeout().toSeconds() + " seconds.");
                return;
            }
            long due = Math.min(
                    expected,
                    limits.minBytesPerSecond() * Math.max(0, elapsed - GRACE_NANOS) / TimeUnit.SECONDS.toNanos(1));
            if (received < due) {
                refuse(
                        HttpStatus.REQUEST_TIMEOUT_408,
                        "The request's body arrived slower than " + limits.minBytesPerSecond() + " bytes a second.");
                return;
            }
            schedule();
        }

        private void refuse(int status, String detail) {
            if (!settle()) {
                return;
            }
            if (status == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                tooLarge(request, response, callback);
            } else {
                JettyProblems.write(request, response, callback, status, detail);
            }
        }

        /** True for the one caller that settles the request; frees the client's slot and the timer. */
        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            release(client);
            Scheduler.Task pending = timer;
            if (pending != null) {
                pending.cancel();
            }
            return true;
        }
    }

    /** The request as Javalin sees it: the body already here, read at once and never blocking. */
    private static final class BufferedRequest extends Request.Wrapper {

        private final byte[] body;
        private boolean served;

        BufferedRequest(Request request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public Content.Chunk read() {
            if (served) {
                return Content.Chunk.EOF;
            }
            served = true;
            return Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public void fail(Throwable failure) {
            // Nothing is left to read from the connection; the whole body is in memory.
        }
    }
}
