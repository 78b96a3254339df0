package com.fooddelivery.customer.adapter.persistence;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The migration scripts this build bundles in {@code db/migration}, read without Flyway: each one's
 * version, file name and checksum as Flyway records them in its schema history. Anything Flyway would
 * treat in a way this class does not (a repeatable or callback script, a script in an unreadable place,
 * two scripts of one name) makes the listing empty, and the start then leaves the decision to Flyway.
 */
final class BundledMigrations {

    static final String LOCATION = "db/migration";
    /** Flyway's default naming of a versioned SQL migration: {@code V<version>__<description>.sql}. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

    private BundledMigrations() {}

    /** One versioned script as Flyway's schema history records it once applied. */
    record Script(String version, String script, int checksum) {}

    /** Every script under {@link #LOCATION} of the loader, or empty where Flyway should decide. */
    static Optional<Set<Script>> of(ClassLoader loader) {
        try {
            List<String> names = new ArrayList<>();
            Enumeration<URL> folders = loader.getResources(LOCATION);
            while (folders.hasMoreElements()) {
                if (!list(folders.nextElement(), names)) {
                    return Optional.empty();
                }
            }
            Set<String> versions = new HashSet<>();
            Set<Script> scripts = new HashSet<>();
            for (String name : names) {
                Matcher versioned = VERSIONED.matcher(name);
                String version = versioned.matches() ? versioned.group(1).replace('_', '.') : null;
                // Flyway refuses two scripts of one version; it alone reports that.
                if (version == null || !versions.add(version)) {
                    return Optional.empty();
                }
                scripts.add(new Script(version, name, checksum(loader, name)));
            }
            return scripts.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(scripts));
        } catch (IOException | UncheckedIOException | URISyntaxException unreadable) {
            return Optional.empty();
        }
    }

    /** Adds the file names in one location to {@code names}; false where the location is of an unknown kind. */
    private static boolean list(URL folder, List<String> names) throws IOException, URISyntaxException {
        if (folder.getProtocol().equals("file")) {
            String[] files = new File(folder.toURI()).list();
            if (files == null) {
                return false;
            }
            names.addAll(List.of(files));
            return true;
        }
        URLConnection connection = folder.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            return false;
        }
        // Not cached: a cached JarFile would keep the service jar's whole directory in memory for good.
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            String prefix = LOCATION + "/";
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(prefix) && entry.length() > prefix.length()) {
                    String name = entry.substring(prefix.length());
                    if (name.indexOf('/') >= 0) {
                        return false; // Flyway would look into subfolders too
                    }
                    names.add(name);
                }
            }
        }
        return true;
    }

    /**
     * Flyway's checksum of a SQL script ({@code ChecksumCalculator}): a CRC-32 over the script's lines,
     * each read as UTF-8 without its line break and without a byte order mark.
     */
    static int checksum(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + name)) {
            if (in == null) {
                throw new IOException("Cannot read " + LOCATION + "/" + name);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
            CRC32 crc = new CRC32();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update(withoutByteOrderMark(line).getBytes(StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
        }
    }

    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
