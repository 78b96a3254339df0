package com.fooddelivery.customer.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The optional properties file {@code CONFIG_FILE} names, under the environment: a value set in the environment
 * wins over the file's, so a deployment can change one setting of a shared file.
 */
final class ConfigFile {

    private ConfigFile() {}

    /**
     * The environment over the file's settings. A file that cannot be read, or that names something that is no
     * setting (most likely a typo that would otherwise be ignored), stops the start.
     */
    static Map<String, String> under(Map<String, String> env, String file, Set<String> names) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            // IllegalArgumentException: a path the file system cannot hold, or a malformed unicode escape in the file.
            throw new ConfigurationException("CONFIG_FILE '" + file + "' cannot be read ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
        Map<String, String> merged = new HashMap<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (!names.contains(name) || name.equals("CONFIG_FILE")) {
                throw new ConfigurationException("CONFIG_FILE '" + file + "' sets '" + name + "', which is no setting");
            }
            merged.put(name, properties.getProperty(name));
        }
        env.forEach((name, value) -> {
            if (!value.isBlank()) {
                merged.put(name, value);
            }
        });
        return merged;
    }
}
