package com.fooddelivery.customer.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds record components without an {@code @param} in their record's Javadoc. The javadoc build
 * holds every public type, method and constructor to full doclint, but the doclint of JDK 17 does not
 * look at record components (later JDKs do), and an undocumented component leaves its accessor
 * undocumented for the teams that read these jars through their Javadoc.
 */
public final class RecordComponentDocs {

    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*(<[^>]*>)?\\s*\\(");
    private static final Pattern LAST_WORD = Pattern.compile("(\\w+)\\s*$");

    private RecordComponentDocs() {}

    /**
     * Every undocumented component under a source root.
     *
     * @param sources a source root such as {@code src/main/java}
     * @return one {@code File.java: Record.component} entry per component without an {@code @param}
     */
    public static List<String> undocumentedIn(Path sources) {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                missing.addAll(undocumented(file.getFileName().toString(), Files.readString(file)));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return missing;
    }

    /**
     * Every undocumented component of the records in one source file.
     *
     * @param name   the file's name, for the report
     * @param source the file's text
     * @return one {@code name: Record.component} entry per component, of a record that is not private,
     *         without an {@code @param}
     */
    public static List<String> undocumented(String name, String source) {
        List<String> missing = new ArrayList<>();
        Matcher record = RECORD.matcher(source);
        while (record.find()) {
            int lineStart = source.lastIndexOf('\n', record.start()) + 1;
            if (source.substring(lineStart, record.start()).contains("private")) {
                continue; // not part of the published API
            }
            String javadoc = javadocBefore(source, record.start());
            for (String component : components(source, record.end())) {
                if (!Pattern.compile("@param\\s+" + component + "\\b")
                        .matcher(javadoc)
                        .find()) {
                    missing.add(name + ": " + record.group(1) + "." + component);
                }
            }
        }
        return missing;
    }

    /** The Javadoc right above a declaration (its modifiers and annotations skipped), or "". */
    private static String javadocBefore(String source, int declaration) {
        int lineStart = source.lastIndexOf('\n', declaration) + 1;
        String above = source.substring(0, lineStart).stripTrailing();
        while (above.endsWith(")")
                || above.lines()
                        .reduce((first, last) -> last)
                        .orElse("")
                        .strip()
                        .startsWith("@")) {
            above = above.substring(0, above.lastIndexOf('\n') + 1).stripTrailing();
        }
        return above.endsWith("*/") ? above.substring(above.lastIndexOf("/**")) : "";
    }

    /** The names of the components listed from {@code open}, just after the record's parenthesis. */
    private static List<String> components(String source, int open) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder component = new StringBuilder();
        for (int at = open; at < source.length(); at++) {
            char c = source.charAt(at);
            if (depth == 0 && (c == ',' || c == ')')) {
                Matcher name = LAST_WORD.matcher(component);
                if (name.find()) {
                    names.add(name.group(1));
                }
                component.setLength(0);
                if (c == ')') {
                    break;
                }
            } else {
                depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
                component.append(c);
            }
        }
        return names;
    }
}
