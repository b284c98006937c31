package com.dxp.collector.platform.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Liberty {@code server.env} file: {@code KEY=value} lines the {@code server} script exports before the JVM
 * starts (overriding the inherited environment). The demo rewrites it with its own settings, keeping what
 * Liberty generated itself ({@code keystore_password} of the generated HTTPS keystore).
 */
final class ServerEnvFile {

    /** Entries Liberty writes and the demo must keep. */
    static final List<String> LIBERTY_OWNED = List.of("keystore_password");

    private ServerEnvFile() {
    }

    /** The file's entries in order; comments and malformed lines are dropped. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            int eq = trimmed.indexOf('=');
            if (trimmed.startsWith("#") || eq <= 0) {
                continue;
            }
            entries.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
        }
        return entries;
    }

    /**
     * Replaces the file with Liberty's own entries from it plus {@code settings}; readable by its owner only,
     * since it holds passwords.
     */
    static void rewrite(Path file, Map<String, String> settings) throws IOException {
        Map<String, String> existing = read(file);
        StringBuilder content = new StringBuilder("# Written by the demo launcher for this run\n");
        for (String key : LIBERTY_OWNED) {
            if (existing.containsKey(key) && !settings.containsKey(key)) {
                content.append(key).append('=').append(existing.get(key)).append('\n');
            }
        }
        settings.forEach((key, value) -> content.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions are all there is
        }
    }
}
