package com.dxp.collector.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every write the REST API offers leaves an entry in the audit trail, so an operator can always tell who changed
 * what. A write is audited either by {@link Audited} (recorded by {@link AuditedRequestFilter}, which reads the
 * annotation on the resource method only, and only with an action) or by the code it calls, inside the change's own
 * transaction; the latter are listed here one by one, so a new write that is neither fails this test by name.
 */
class AuditCoverageTest {

    private static final List<Class<? extends Annotation>> WRITES = List.of(POST.class, PUT.class, DELETE.class,
            PATCH.class);

    /**
     * Writes whose own code records the audit entry, with the actions it records. Each of these is one
     * transaction with its entry (or, for a note, the entry itself), which a response filter could not give.
     * Checked with a database in TenantServiceAuditTest, ApiKeyServiceTest and ConversationWriteServiceTest.
     */
    static final Map<String, List<String>> SELF_AUDITED = Map.of(
            // TenantService.create
            "TenantResource.create", List.of("tenant.created"),
            // TenantService.update: disabled when `enabled` turns false
            "TenantResource.update", List.of("tenant.updated", "tenant.disabled"),
            // TenantService.disable, or TenantService.startPurge (or recordPurgeResumed) through TenantPurge; the
            // tenant-purge job's last chunk records tenant.purged (TenantService.finishPurge)
            "TenantResource.delete", List.of("tenant.disabled", "tenant.purge-started", "tenant.purged"),
            // TenantService.activate or .reject through CredentialWorkflow and CredentialRotation
            "TenantResource.replaceCredentials", List.of("tenant.credentials-replaced",
                    "tenant.credentials-rejected"),
            // TenantService.recordVerification
            "TenantResource.verify", List.of("tenant.verified"),
            // ApiKeyService.issue and .revoke
            "ApiKeyResource.issue", List.of("api-key.issued"),
            "ApiKeyResource.revoke", List.of("api-key.revoked"),
            // ConversationWriteService.importDocument, once the records are stored
            "ConversationImportResource.importConversations", List.of("conversations.imported"),
            // the note is itself the entry
            "AuditResource.addNote", List.of("note.added"));

    /**
     * Writes that change no collector data and so are not audited: a console session is the caller's own (its
     * sign-in is logged; a failed login is audited by FailedLogins).
     */
    static final Set<String> NOT_ADMIN_CHANGES = Set.of("SessionResource.signIn", "SessionResource.signOut");

    @Test
    void shouldAuditEveryWriteByAnnotationOrByTheServiceItCalls() throws Exception {
        Map<String, Method> writes = writeMethods();

        List<String> unaudited = writes.entrySet().stream()
                .filter(w -> !annotated(w.getValue()))
                .map(Map.Entry::getKey)
                .filter(name -> !SELF_AUDITED.containsKey(name) && !NOT_ADMIN_CHANGES.contains(name))
                .toList();

        assertTrue(writes.size() >= 25, "found only " + writes.keySet() + ": the scan no longer finds the resources");
        assertEquals(List.of(), unaudited, "writes neither @Audited(\"action\") nor listed as auditing themselves");
    }

    @Test
    void shouldListExactlyTheWritesThatAuditThemselves() throws Exception {
        Map<String, Method> writes = writeMethods();

        Set<String> unannotated = new TreeSet<>();
        writes.forEach((name, method) -> {
            if (!annotated(method)) {
                unannotated.add(name);
            }
        });
        Set<String> listed = new TreeSet<>(SELF_AUDITED.keySet());
        listed.addAll(NOT_ADMIN_CHANGES);

        assertEquals(listed, unannotated, "a listed write that is gone or now @Audited must leave the lists");
    }

    @Test
    void shouldRecordEachListedActionInTheCode() throws Exception {
        String code = mainSource();

        List<String> missing = SELF_AUDITED.values().stream().flatMap(List::stream)
                .filter(action -> !code.contains("\"" + action + "\""))
                .toList();

        assertEquals(List.of(), missing, "actions listed as recorded that no code records");
    }

    private static boolean annotated(Method method) {
        Audited audited = method.getAnnotation(Audited.class);
        return audited != null && !audited.value().isEmpty();
    }

    /** The write methods of every JAX-RS resource class of the application, as {@code Class.method}. */
    private static Map<String, Method> writeMethods() throws IOException, URISyntaxException {
        Map<String, Method> writes = new TreeMap<>();
        for (Class<?> type : applicationClasses()) {
            // a resource class, not a REST client interface (which carries @Path too)
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())
                    || !type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (WRITES.stream().anyMatch(method::isAnnotationPresent)) {
                    writes.put(type.getSimpleName() + "." + method.getName(), method);
                }
            }
        }
        return writes;
    }

    private static List<Class<?>> applicationClasses() throws IOException, URISyntaxException {
        // the compiled main classes (target/classes), found through a class only they hold
        Path root = Path.of(Audited.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(java.io.File.separatorChar, '.'))
                    .map(AuditCoverageTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuditCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static String mainSource() throws IOException {
        // surefire runs in the module's folder
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            return all.toString();
        }
    }
}
