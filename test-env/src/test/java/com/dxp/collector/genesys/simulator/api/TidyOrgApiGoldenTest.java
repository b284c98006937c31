package com.dxp.collector.genesys.simulator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.simulator.GoldenDigest;
import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.standalone.DemoOrgs;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A tidy org's API answers are byte for byte what they were before wild data existed (the digest was taken
 * then): details query pages, the batch GET and the directory listings.
 */
class TidyOrgApiGoldenTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    private static final OrgSpec SPEC = DemoOrgs.create(1, 7L, 5_000).get(0);

    @Test
    void shouldServeTheSameBytesAsBeforeWildData() {
        SimulatorSettings settings = SimulatorSettings.defaults().withRequestsPerMinute(10_000);
        StringBuilder text = new StringBuilder();
        try (GenesysSimulator simulator = GenesysSimulator.builder().org(OrgDataFactory.create(SPEC, settings))
                .settings(settings).clock(new MutableClock(NOW)).faultSeed(1).build().start()) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(SPEC.clients().get(0).clientId(), SPEC.clients().get(0).secret());
            for (int page = 1; page <= 3; page++) {
                String query = "{\"interval\":\"2026-05-20T08:00:00.000Z/2026-05-20T12:00:00.000Z\","
                        + "\"paging\":{\"pageSize\":100,\"pageNumber\":" + page + "}}";
                String body = client.post("/api/v2/analytics/conversations/details/query", token, query).body();
                text.append(body);
                String ids = String.join(",", SimClient.tree(body).findValuesAsText("conversationId")
                        .subList(0, 50));
                text.append(client.get("/api/v2/analytics/conversations/details?id=" + ids, token).body());
            }
            text.append(client.get("/api/v2/users?pageSize=100&state=any", token).body());
            String groups = client.get("/api/v2/groups?pageSize=100", token).body();
            text.append(groups);
            String groupId = SimClient.tree(groups).get("entities").get(0).get("id").asText();
            text.append(client.get("/api/v2/groups/" + groupId + "/members?pageSize=100", token).body());
        }

        assertEquals("0dec3a1225f4a8c600585bc0f33f16880f18763a7c6d1896ff995a6d6a3f8ed6", GoldenDigest.of(text));
    }
}
