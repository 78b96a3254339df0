package com.fooddelivery.customer.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools protocol with the JDK's own
 * WebSocket client: a real browser opens a page, runs the page's forms and follows redirects, and
 * the test reads and clicks through {@code Runtime.evaluate}. No WebDriver needed.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: the machine may be busy; a wait ends as soon as the page is there. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser on the path, or the reason the test cannot run: it must fail then, not skip. */
    static String executable() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "Chromium is not installed: apt-get install -y chromium " + "(.ci/run installs it)"));
    }

    /**
     * Opens {@code url} in a new headless Chromium with a fresh profile.
     *
     * @param url the page to open
     * @return the browser, connected to that page
     */
    static HeadlessChromium open(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process process = new ProcessBuilder(List.of(
                        executable(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--remote-debugging-port=0",
                        "--remote-allow-origins=*",
                        "--user-data-dir=" + profile,
                        url))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // Chromium writes the port it picked into the profile once DevTools listen.
            Path portFile = profile.resolve("DevToolsActivePort");
            waitFor(() -> Files.isRegularFile(portFile) && !read(portFile).isBlank(), "DevTools to listen", process);
            int port = Integer.parseInt(
                    read(portFile).lines().findFirst().orElseThrow().strip());
            HttpClient http = HttpClient.newHttpClient();
            String[] page = new String[1];
            waitFor(
                    () -> {
                        page[0] = pageSocket(http, port);
                        return page[0] != null;
                    },
                    "the page's target",
                    process);
            HeadlessChromium[] browser = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(page[0]), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                browser[0].answer(text.toString());
                                text.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }
                    })
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            browser[0] = new HeadlessChromium(process, profile, socket);
            return browser[0];
        } catch (Exception failed) {
            end(process, profile);
            throw failed instanceof IOException io ? io : new IOException("Chromium did not start", failed);
        }
    }

    private static String pageSocket(HttpClient http, int port) {
        try {
            JsonNode targets = JSON.readTree(http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText()) && target.hasNonNull("webSocketDebuggerUrl")) {
                    return target.get("webSocketDebuggerUrl").asText();
                }
            }
            return null;
        } catch (IOException notYet) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void answer(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> waiting =
                        answers.remove(node.get("id").asInt());
                if (waiting != null) {
                    waiting.complete(node);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Runs JavaScript in the page and returns its value as text ("null" for none).
     *
     * @param expression the script
     * @return its value
     */
    String evaluate(String expression) {
        ObjectNode params =
                JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
        return call("Runtime.evaluate", params)
                .path("result")
                .path("result")
                .path("value")
                .asText("null");
    }

    /**
     * Loads another page in the same browser, as typing it into the address bar would: a class's tests
     * share one browser instead of starting one each.
     *
     * @param url the page to open
     */
    void navigate(String url) {
        call("Page.navigate", JSON.createObjectNode().put("url", url));
    }

    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        ObjectNode call = JSON.createObjectNode().put("id", id).put("method", method);
        call.set("params", params);
        try {
            socket.sendText(call.toString(), true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException("Chromium did not answer " + method + " " + params, failed);
        }
    }

    /**
     * Waits until the page's {@code expression} is true, e.g. until a redirect landed.
     *
     * @param expression JavaScript giving a boolean
     */
    void waitUntil(String expression) throws InterruptedException {
        waitFor(() -> "true".equals(evaluate(expression)), expression, process);
    }

    private static void waitFor(BooleanSupplier condition, String what, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited (" + process.exitValue() + ") before " + what);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Chromium gave no " + what + " within " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException notYet) {
            return "";
        }
    }

    @Override
    public void close() {
        socket.abort();
        end(process, profile);
    }

    /**
     * Ends a browser with the processes it started, then deletes its profile: a helper process still running
     * would write into the profile again after the walk deleted it. Only the browser itself is waited for: the
     * helpers, orphaned once it ends, may stay zombies as long as the machine's first process leaves them.
     */
    static void end(Process browser, Path profile) {
        browser.descendants().forEach(ProcessHandle::destroyForcibly);
        browser.destroyForcibly();
        try {
            browser.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(profile);
    }

    /** Deletes a browser profile, as far as its browser has let go of it. */
    static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temporary profile left behind harms nothing; Chromium's helpers may still be removing files
            // from it as the walk reads the directory, which the stream reports unchecked.
        }
    }
}
