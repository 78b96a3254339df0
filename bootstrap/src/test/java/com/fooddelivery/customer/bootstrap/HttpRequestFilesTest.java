package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.ApiContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The request files under {@code docs/http} (IntelliJ HTTP Client format) ask only for what the
 * contract describes, so they cannot drift from the API: every request line, {@code METHOD URL},
 * with the leading {@code {{baseUrl}}} (or any one host variable) dropped, must name an operation of
 * {@code docs/openapi.yaml} by method and path template. The customer journey also walks every
 * operation but the few listed here.
 */
class HttpRequestFilesTest {

    private static final Path DIRECTORY = ApiContract.SOURCE.resolveSibling("http");

    /** A request line: a method in capitals, a URL starting with a host variable, maybe a version. */
    private static final Pattern REQUEST_LINE = Pattern.compile(
            "(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\{\\{[A-Za-z0-9_.-]+}}(/\\S*)(?: HTTP/[0-9.]+)?");

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{[^{}]+}}");

    /** Operations the journey leaves out, and why. */
    private static final Set<String> NOT_IN_THE_JOURNEY = Set.of(
            // The static scripts and styles /docs links; a browser fetches them, not a person.
            "GET /webjars/swagger-ui/{version}/{asset}");

    @Test
    void everyRequestOfEveryFileIsAnOperationOfTheContract() throws IOException {
        List<Path> files = httpFiles();
        assertThat(files).isNotEmpty();
        List<String> strays = new ArrayList<>();
        for (Path file : files) {
            List<Request> requests = requests(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(requests).as(file.toString()).isNotEmpty();
            for (Request request : requests) {
                if (request.operation() == null) {
                    strays.add(file.getFileName() + ":" + request.line() + ": " + request.text());
                }
            }
        }
        assertThat(strays)
                .as("requests that name no operation of docs/openapi.yaml")
                .isEmpty();
    }

    @Test
    void theJourneyWalksEveryOperation() throws IOException {
        Set<String> walked = new TreeSet<>();
        for (Request request :
                requests(Files.readString(DIRECTORY.resolve("customer-journey.http"), StandardCharsets.UTF_8))) {
            if (request.operation() != null) {
                walked.add(request.operation());
            }
        }
        Set<String> missing = new TreeSet<>(ApiContract.operations());
        missing.removeAll(walked);
        missing.removeAll(NOT_IN_THE_JOURNEY);

        assertThat(missing)
                .as("operations docs/http/customer-journey.http never calls")
                .isEmpty();
    }

    @Test
    void aRequestOutsideTheContractOrNotARequestLineIsCaught() {
        List<Request> requests = requests("""
                @baseUrl = http://localhost:8080
                ### fine
                # @name fine
                GET {{baseUrl}}/api/v1/orders/{{orderUid}}?x=1
                Authorization: Bearer {{token}}

                ### a path the contract does not have
                GET {{baseUrl}}/api/v1/secrets
                ### a method the path does not take
                < {%
                    request.variables.set("x", "y");
                %}
                DELETE {{baseUrl}}/api/v1/categories
                ### no method
                {{baseUrl}}/api/v1/categories
                """);

        assertThat(requests)
                .extracting(Request::operation)
                .containsExactly("GET /api/v1/orders/{uid}", null, null, null);
        assertThat(requests).extracting(Request::line).containsExactly(4, 8, 13, 15);
    }

    private static List<Path> httpFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".http"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The requests of a file. A request is the first line of a {@code ###} section that is not
     * blank, a comment ({@code #}, {@code //}), an in-file variable ({@code @name = value}) or part
     * of a pre-request script ({@code < {% ... %}}); whatever it is, it counts, so a line that is
     * not {@code METHOD {{host}}/path} is reported rather than skipped.
     */
    private static List<Request> requests(String text) {
        List<Request> requests = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean seekingRequest = true;
        boolean inScript = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("###")) {
                seekingRequest = true;
                inScript = false;
                continue;
            }
            if (!seekingRequest) {
                continue;
            }
            if (inScript) {
                inScript = !line.endsWith("%}");
                continue;
            }
            if (line.startsWith("< {%")) {
                inScript = !line.endsWith("%}");
                continue;
            }
            if (line.isEmpty()
                    || line.startsWith("#")
                    || line.startsWith("//")
                    || line.matches("@[A-Za-z0-9_-]+\\s*=.*")) {
                continue;
            }
            seekingRequest = false;
            requests.add(new Request(i + 1, line, operation(line)));
        }
        return requests;
    }

    /** The operation a request line names, or null. */
    private static String operation(String line) {
        Matcher request = REQUEST_LINE.matcher(line);
        if (!request.matches()) {
            return null;
        }
        String path = request.group(2);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        // A variable stands for one path segment's value, never for a literal of the template.
        path = VARIABLE.matcher(path).replaceAll("value-of-a-variable");
        return ApiContract.operationFor(request.group(1), path).orElse(null);
    }

    private record Request(int line, String text, String operation) {}
}
