package com.dxp.collector.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The counts a case of the fault suite ends with, printed to the build's output and appended to
 * {@code target/fault-suite-figures.txt} (with the database the run used), so the README's reliability table is copied
 * from a run rather than from a failure message. A case prints only once its assertions held.
 */
public final class FaultFigures {

    private static final Path FILE = Path.of("target", "fault-suite-figures.txt");

    private FaultFigures() {
    }

    /** Prints {@code figures} (a sentence of counts) under the test method {@code faultCase}. */
    public static void print(String faultCase, String figures) {
        String line = "[fault suite] " + Instant.now() + " " + System.getProperty("it.db.kind", "h2") + " "
                + faultCase + ": " + figures;
        System.out.println(line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("fault-suite figures not written to " + FILE.toAbsolutePath(), e);
        }
    }
}
