package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Rules the server configuration must keep, checked without starting a server. */
class ServerConfigTest {

    private static final Path CONFIG = Path.of("src/main/liberty/config");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    /**
     * Variables Liberty defines itself; {@code keystore_password} is the one it generates with its self-signed
     * keystore and keeps in {@code server.env}, the default of {@code tls.keystore.password}.
     */
    private static final Set<String> BUILT_IN = Set.of("server.config.dir", "server.output.dir", "wlp.install.dir",
            "wlp.user.dir", "shared.config.dir", "shared.resource.dir", "keystore_password");
    /** Variables that must come from the environment only, because they are secrets. */
    private static final Set<String> FROM_ENVIRONMENT_ONLY = Set.of("db.password");

    @Test
    void shouldStopTheServerOnAnUnknownFeature() throws Exception {
        Element featureManager = (Element) parse("server.xml").getElementsByTagName("featureManager").item(0);
        assertEquals("FAIL", featureManager.getAttribute("onError"));
    }

    @Test
    void shouldDefineADefaultForEveryVariableItUses() throws Exception {
        Set<String> defined = new HashSet<>(BUILT_IN);
        List<String> used = new ArrayList<>();
        for (Path file : configFiles()) {
            Document doc = parse(file.getFileName().toString());
            NodeList variables = doc.getElementsByTagName("variable");
            for (int i = 0; i < variables.getLength(); i++) {
                defined.add(((Element) variables.item(i)).getAttribute("name"));
            }
            Matcher m = VARIABLE.matcher(Files.readString(file));
            while (m.find()) {
                used.add(file.getFileName() + ": " + m.group(1));
            }
        }
        List<String> undefined = used.stream()
                .filter(u -> {
                    String name = u.substring(u.indexOf(": ") + 2);
                    return !defined.contains(name) && !FROM_ENVIRONMENT_ONLY.contains(name);
                })
                .toList();
        assertTrue(undefined.isEmpty(), "variables without a default: " + undefined);
    }

    @Test
    void shouldNotContainASecret() throws Exception {
        List<String> literals = new ArrayList<>();
        for (Path file : configFiles()) {
            collectPasswordLiterals(parse(file.getFileName().toString()).getDocumentElement(), file, literals);
        }
        assertTrue(literals.isEmpty(), "passwords written into the configuration: " + literals);
        for (String name : FROM_ENVIRONMENT_ONLY) {
            assertFalse(Files.readString(CONFIG.resolve("db-postgres.xml")).contains("name=\"" + name + "\""),
                    name + " must have no default");
        }
    }

    @Test
    void shouldBoundTheHeap() throws IOException {
        assertTrue(Files.readAllLines(CONFIG.resolve("jvm.options")).stream().anyMatch(l -> l.startsWith("-Xmx")));
    }

    @Test
    void shouldKeepTheBatchJobRepositoryInTheApplicationDatabase() throws Exception {
        Document server = parse("server.xml");
        Element persistence = (Element) server.getElementsByTagName("batchPersistence").item(0);
        Element store = (Element) server.getElementsByTagName("databaseStore").item(0);
        assertEquals(store.getAttribute("id"), persistence.getAttribute("jobStoreRef"));
        assertEquals("false", store.getAttribute("createTables"), "the batch tables belong to the Flyway migrations");
        for (String db : List.of("db-h2.xml", "db-postgres.xml")) {
            Element dataSource = (Element) parse(db).getElementsByTagName("dataSource").item(0);
            assertEquals(dataSource.getAttribute("id"), store.getAttribute("dataSourceRef"), db);
            assertEquals("jdbc/collector", dataSource.getAttribute("jndiName"), db);
        }
    }

    /** A password attribute may be empty (H2's embedded user) or a variable, never a value. */
    private static void collectPasswordLiterals(Node node, Path file, List<String> found) {
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String value = a.getNodeValue();
                if (a.getNodeName().toLowerCase().contains("password") && !value.isEmpty()
                        && !VARIABLE.matcher(value).matches()) {
                    found.add(file.getFileName() + ": " + node.getNodeName() + "@" + a.getNodeName());
                }
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collectPasswordLiterals(children.item(i), file, found);
        }
    }

    private static List<Path> configFiles() throws IOException {
        try (Stream<Path> files = Files.list(CONFIG)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Document parse(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(CONFIG.resolve(name).toFile());
    }
}
