package com.dxp.collector.genesys.simulator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.simulator.GoldenDigest;
import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.standalone.DemoOrgs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tidy org's API answers are byte for byte what they were before wild data existed (the digest was taken
 * then): details query pages, the batch GET and the directory listings, apart from the fields that link
 * conversations to teams, skills and journey sessions, which were added later.
 */
class TidyOrgApiGoldenTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    private static final OrgSpec SPEC = DemoOrgs.create(1, 7L, 5_000).get(0);

    @Test
    void shouldServeTheSameBytesAsBeforeWildDataApartFromTheLinkFields() {
        List<String> bodies = bodies();
        StringBuilder text = new StringBuilder();
        StringBuilder withoutLinks = new StringBuilder();
        bodies.forEach(body -> {
            text.append(body);
            withoutLinks.append(body.startsWith("{\"conversations\"")
                    ? GoldenDigest.withoutFields(body, GoldenDigest.LINK_FIELDS) : body);
        });

        assertEquals("0dec3a1225f4a8c600585bc0f33f16880f18763a7c6d1896ff995a6d6a3f8ed6",
                GoldenDigest.of(withoutLinks), "the digest from before wild data, of all but the link fields");
        assertEquals("e48d618f91e619e0ccdd50f763dc8d785cf1b35456d68615d79a9f2bc409e4ab", GoldenDigest.of(text),
                "the digest since conversations link to teams, skills and journey sessions");
    }

    /** Details query pages, batch GETs and the directory listings, in a fixed order. */
    private static List<String> bodies() {
        SimulatorSettings settings = SimulatorSettings.defaults().withRequestsPerMinute(10_000);
        List<String> bodies = new ArrayList<>();
        try (GenesysSimulator simulator = GenesysSimulator.builder().org(OrgDataFactory.create(SPEC, settings))
                .settings(settings).clock(new MutableClock(NOW)).faultSeed(1).build().start()) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(SPEC.clients().get(0).clientId(), SPEC.clients().get(0).secret());
            for (int page = 1; page <= 3; page++) {
                String query = "{\"interval\":\"2026-05-20T08:00:00.000Z/2026-05-20T12:00:00.000Z\","
                        + "\"paging\":{\"pageSize\":100,\"pageNumber\":" + page + "}}";
                String body = client.post("/api/v2/analytics/conversations/details/query", token, query).body();
                bodies.add(body);
                String ids = String.join(",", SimClient.tree(body).findValuesAsText("conversationId")
                        .subList(0, 50));
                bodies.add(client.get("/api/v2/analytics/conversations/details?id=" + ids, token).body());
            }
            bodies.add(client.get("/api/v2/users?pageSize=100&state=any", token).body());
            String groups = client.get("/api/v2/groups?pageSize=100", token).body();
            bodies.add(groups);
            String groupId = SimClient.tree(groups).get("entities").get(0).get("id").asText();
            bodies.add(client.get("/api/v2/groups/" + groupId + "/members?pageSize=100", token).body());
        }
        return bodies;
    }
}
