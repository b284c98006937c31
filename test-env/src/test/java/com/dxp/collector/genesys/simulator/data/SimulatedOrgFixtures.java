package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Org specs and JSON helpers shared by the data tests. */
final class SimulatedOrgFixtures {

    /** A Wednesday morning, UTC. */
    static final Instant WEDNESDAY_9AM = Instant.parse("2026-05-13T09:00:00Z");
    static final Instant LONG_AFTER = Instant.parse("2027-01-01T00:00:00Z");

    private SimulatedOrgFixtures() {
    }

    static OrgSpec spec(String orgId, String name, long seed, int conversationsPerDay, int users, int groups) {
        return new OrgSpec(UUID.fromString(orgId), name, seed, conversationsPerDay, users, groups,
                List.of(new ClientSpec("client-" + seed, "secret-" + seed, GenesysPermissions.all())));
    }

    static OrgSpec acme() {
        return spec("9a1b2c3d-0000-4e5f-8a9b-112233445566", "Acme GmbH", 42, 5000, 120, 10);
    }

    static OrgSpec globex() {
        return spec("0b0b0b0b-1111-4222-8333-444455556666", "Globex AG", 7, 5000, 80, 6);
    }

    static SimulatedOrg create(OrgSpec spec) {
        return OrgDataFactory.create(spec, SimulatorSettings.defaults());
    }

    static String json(SimConversation conversation, Instant asOf, boolean withAttributes) {
        return write(out -> conversation.writeJson(out, asOf, withAttributes));
    }

    static String userJson(OrgDirectory directory, String userId) {
        return write(out -> directory.writeUser(out, userId));
    }

    static String groupJson(OrgDirectory directory, String groupId) {
        return write(out -> directory.writeGroup(out, groupId));
    }

    /** A {@code GET /api/v2/users} page as the API module would write it. */
    static String usersPage(OrgDirectory directory, int pageSize, int pageNumber) {
        List<String> ids = directory.userIds();
        int total = ids.size();
        int pageCount = (total + pageSize - 1) / pageSize;
        return write(out -> {
            out.writeStartObject();
            out.writeStartArray("entities");
            ids.stream().skip((long) (pageNumber - 1) * pageSize).limit(pageSize)
                    .forEach(id -> directory.writeUser(out, id));
            out.writeEnd();
            out.write("pageSize", pageSize);
            out.write("pageNumber", pageNumber);
            out.write("total", total);
            out.write("pageCount", pageCount);
            out.write("firstUri", "/api/v2/users?pageSize=" + pageSize + "&pageNumber=1");
            out.write("selfUri", "/api/v2/users?pageSize=" + pageSize + "&pageNumber=" + pageNumber);
            out.write("lastUri", "/api/v2/users?pageSize=" + pageSize + "&pageNumber=" + pageCount);
            out.writeEnd();
        });
    }

    static String write(Consumer<JsonGenerator> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            body.accept(out);
        }
        return text.toString();
    }
}
