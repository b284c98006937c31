package com.dxp.collector.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSecretKeyTest {

    @TempDir
    Path dir;

    @Test
    void shouldMakeA256BitKeyOnceAndReadTheSameKeyLater() throws Exception {
        Path file = dir.resolve("demo/secret-key");

        String first = DemoSecretKey.loadOrCreate(file);
        String second = DemoSecretKey.loadOrCreate(file);

        assertEquals(32, Base64.getDecoder().decode(first).length);
        assertEquals(first, second);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void shouldRefuseAFileThatIsNotAKey() throws Exception {
        Path file = dir.resolve("secret-key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[8]));

        assertThrows(IllegalStateException.class, () -> DemoSecretKey.loadOrCreate(file));
    }
}
