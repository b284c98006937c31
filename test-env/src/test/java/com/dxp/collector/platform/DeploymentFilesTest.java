package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deployment files name only what the server reads: the MicroProfile Health endpoints on its HTTP port for the
 * probes, configuration variables of the README's table, and an identity of its own per pod or server.
 * {@code DeploymentProbesIT} calls the probes' paths on the running server.
 */
class DeploymentFilesTest {

    private static final String SERVER_XML = DeploymentFiles.read(DeploymentFiles.ROOT.resolve(
            "liberty-config/src/main/liberty/config/server.xml"));
    private static final String README = DeploymentFiles.read(DeploymentFiles.ROOT.resolve("README.md"));

    @Test
    void shouldProbeTheHealthEndpointsOnTheServersHttpPort() {
        assertEquals(List.of("/health/started", "/health/live", "/health/ready"), DeploymentFiles.probePaths());
        assertTrue(SERVER_XML.contains("<feature>mpHealth-"), "the server serves MicroProfile Health");
        assertTrue(SERVER_XML.contains("<variable name=\"http.port\" defaultValue=\"9080\"/>"));
        assertEquals(Set.of("9080"), Set.copyOf(DeploymentFiles.ports()));
    }

    @Test
    void shouldSetOnlyVariablesTheServerReadsAndAnIdentityPerPod() {
        List<String> env = DeploymentFiles.kubernetesEnv();
        Set<String> unknown = env.stream().filter(name -> !README.contains("`" + name + "`"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "variables the README's configuration table does not know");
        String yaml = DeploymentFiles.read(DeploymentFiles.KUBERNETES);
        assertTrue(yaml.matches("(?s).*- name: CLUSTER_SERVER_ID\\s+valueFrom:\\s+fieldRef:\\s+fieldPath:"
                + " metadata.name.*"), "CLUSTER_SERVER_ID from the pod's name");
        assertTrue(yaml.matches("(?s).*- name: DEFAULTHOSTNAME\\s+valueFrom:\\s+fieldRef:\\s+fieldPath:"
                + " metadata.name.*"), "Liberty's batch identity from the pod's name");
        assertTrue(yaml.contains("statefulSet: {}"), "stable pod names");
    }

    @Test
    void shouldGiveTwoPlainServersTheSameSettingsButTheirNames() {
        List<String> a = settings(DeploymentFiles.ROOT.resolve("deploy/servers/server-a.env"));
        List<String> b = settings(DeploymentFiles.ROOT.resolve("deploy/servers/server-b.env"));
        assertEquals(a.stream().map(l -> l.replace("collector-a", "collector-b")).toList(), b);
        assertTrue(a.contains("CLUSTER_SERVER_ID=collector-a"), a.toString());
        assertTrue(a.contains("DEFAULTHOSTNAME=collector-a"), a.toString());
        Set<String> unknown = a.stream().map(l -> l.substring(0, l.indexOf('=')))
                .filter(name -> !README.contains("`" + name + "`")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown);
        assertTrue(a.stream().noneMatch(l -> l.contains("PASSWORD") || l.startsWith("TENANT_SECRET_KEYS")),
                "no secret in a file");
    }

    private static List<String> settings(Path file) {
        return Arrays.stream(DeploymentFiles.read(file).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
