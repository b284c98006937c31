package com.dxp.collector.platform.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The AES-256 key the demo encrypts tenant secrets under. Made once and kept in a file readable by its owner
 * only, beside the demo database: a new key on every run would make the secrets stored by the last run
 * unreadable, which the server (rightly) refuses to start with.
 */
final class DemoSecretKey {

    private DemoSecretKey() {
    }

    /** The key in base64, read from {@code file} or made and written there. */
    static String loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new IllegalStateException(file + " does not hold a 256-bit key; delete it together with the"
                        + " demo database to start afresh");
            }
            return key;
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getEncoder().encodeToString(bytes);
        Files.createDirectories(file.getParent());
        Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions are all there is
        }
        return key;
    }
}
