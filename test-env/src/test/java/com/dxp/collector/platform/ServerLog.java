package com.dxp.collector.platform;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test server's {@code messages.log} read from a mark on: what the server logged while a test ran. A log that
 * rotated meanwhile (it is shorter than the mark) is read whole.
 */
public final class ServerLog {

    private final Path file;
    private final long mark;

    private ServerLog(Path file, long mark) {
        this.file = file;
        this.mark = mark;
    }

    /** Marks the log's present end. */
    public static ServerLog mark() throws IOException {
        Path file = Path.of(System.getProperty("it.server.messages.log"));
        return new ServerLog(file, Files.isRegularFile(file) ? Files.size(file) : 0);
    }

    /** What was logged since the mark. */
    public String since() throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = in.length() < mark ? 0 : mark;
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
