package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The orgs, clients and settings the API tests share: one org with a fully granted client and one holding only
 * the three required permissions, a second org, and small limits so caps are reachable in a test.
 */
final class SimulatorFixture {

    static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    static final UUID ORG_ID = UUID.fromString("9a1b2c3d-0000-4e5f-8a9b-112233445566");
    static final UUID OTHER_ORG_ID = UUID.fromString("9a1b2c3d-0000-4e5f-8a9b-665544332211");
    static final String FULL_CLIENT = "full-client";
    static final String FULL_SECRET = "full-secret";
    static final String REQUIRED_CLIENT = "required-client";
    static final String REQUIRED_SECRET = "required-secret";
    static final String NONE_CLIENT = "none-client";
    static final String NONE_SECRET = "none-secret";
    static final String OTHER_CLIENT = "other-client";
    static final String OTHER_SECRET = "other-secret";
    /** Conversations of the bulk day, one every 10 minutes. */
    static final int BULK_COUNT = 120;
    static final Instant BULK_DAY = Instant.parse("2026-05-01T00:00:00Z");

    private SimulatorFixture() {
    }

    static SimulatorSettings settings() {
        return new SimulatorSettings(Duration.ofHours(1), 1000, 100, 1000, 5, 50, 10, Duration.ofMinutes(2),
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofHours(1), 2, Duration.ofHours(6));
    }

    static SimulatedOrg org() {
        StubOrg org = new StubOrg()
                .conversation("c-prev", Instant.parse("2026-05-12T23:55:00Z"), Duration.ofMinutes(20), "voice",
                        "inbound", "u2", "q1")
                .conversation("c-voice-1", Instant.parse("2026-05-13T00:10:00Z"), Duration.ofMinutes(5), "voice",
                        "inbound", "u1", "q1")
                .conversation("c-msg-1", Instant.parse("2026-05-13T08:00:00Z"), Duration.ofMinutes(10), "message",
                        "inbound", "u2", "q2")
                .conversation("c-voice-2", Instant.parse("2026-05-13T23:50:00Z"), Duration.ofMinutes(30), "voice",
                        "outbound", "u1", "q1")
                .conversation("c-email-1", Instant.parse("2026-05-14T09:00:00Z"), Duration.ofHours(1), "email",
                        "inbound", "u3", "q2")
                .conversation("c-recent", NOW.minus(Duration.ofHours(4)), Duration.ofMinutes(5), "voice",
                        "inbound", "u1", "q1")
                .conversation("c-live", NOW.minus(Duration.ofMinutes(1)), Duration.ofMinutes(30), "chat",
                        "inbound", "u2", "q2")
                .conversation("c-future", NOW.plus(Duration.ofHours(1)), Duration.ofMinutes(5), "voice",
                        "inbound", "u1", "q1");
        for (int i = 0; i < BULK_COUNT; i++) {
            org.conversation(String.format("bulk-%03d", i), BULK_DAY.plus(Duration.ofMinutes(10L * i)),
                    Duration.ofMinutes(3), i % 2 == 0 ? "voice" : "message", "inbound", "u" + (1 + i % 3),
                    "q" + (1 + i % 2));
        }
        for (int i = 1; i <= 23; i++) {
            org.user("u" + i, i % 4 == 0 ? "inactive" : "active");
        }
        org.group("g1", "u1", "u2", "u3").group("g2");
        return org.build(ORG_ID, "Simulated Org",
                new ClientSpec(FULL_CLIENT, FULL_SECRET, GenesysPermissions.all()),
                new ClientSpec(REQUIRED_CLIENT, REQUIRED_SECRET, Set.copyOf(GenesysPermissions.REQUIRED)),
                new ClientSpec(NONE_CLIENT, NONE_SECRET, Set.of()));
    }

    static SimulatedOrg otherOrg() {
        return new StubOrg().user("x1", "active").build(OTHER_ORG_ID, "Other Org",
                new ClientSpec(OTHER_CLIENT, OTHER_SECRET, GenesysPermissions.all()));
    }

    static GenesysSimulator start(MutableClock clock, SimulatorSettings settings) {
        return GenesysSimulator.builder().org(org()).org(otherOrg()).settings(settings).clock(clock).build().start();
    }
}
