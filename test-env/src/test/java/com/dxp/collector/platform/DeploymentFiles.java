package com.dxp.collector.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the deployment files under {@code deploy/} say, read as text (no YAML library for three fields). */
final class DeploymentFiles {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes/collector.yaml");

    private static final Pattern PROBE_PATH = Pattern.compile("(?m)^\\s+path: (\\S+)$");
    private static final Pattern PROBE_PORT = Pattern.compile("(?m)^\\s+port: (\\d+)$");
    private static final Pattern ENV_NAME = Pattern.compile("(?m)^\\s+- name: ([A-Z][A-Z0-9_]+)$");

    private DeploymentFiles() {
    }

    /** The HTTP paths of the Kubernetes probes, in the file's order (startup, liveness, readiness). */
    static List<String> probePaths() {
        return all(PROBE_PATH, read(KUBERNETES));
    }

    /** The ports the probes and the service name. */
    static List<String> ports() {
        return all(PROBE_PORT, read(KUBERNETES));
    }

    /** The environment variables the Kubernetes file sets. */
    static List<String> kubernetesEnv() {
        return all(ENV_NAME, read(KUBERNETES));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
