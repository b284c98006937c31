package com.dxp.collector.genesys.simulator.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.OrgSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standalone simulator's system properties: {@code simulator.wild} makes every org wild, and is off by default. */
class LocalGenesysCloudConfigTest {

    @Test
    void shouldServeTidyOrgsUnlessSimulatorWildIsTrue() {
        String before = System.getProperty("simulator.wild");
        try {
            System.clearProperty("simulator.wild");
            List<OrgSpec> tidy = LocalGenesysCloudConfig.fromSystemProperties().orgs();
            System.setProperty("simulator.wild", "true");
            List<OrgSpec> wild = LocalGenesysCloudConfig.fromSystemProperties().orgs();

            assertTrue(tidy.stream().noneMatch(OrgSpec::wildData));
            assertTrue(wild.stream().allMatch(OrgSpec::wildData));
            assertEquals(tidy, wild.stream().map(o -> new OrgSpec(o.orgId(), o.name(), o.seed(),
                    o.conversationsPerDay(), o.userCount(), o.groupCount(), o.clients())).toList());
        } finally {
            if (before == null) {
                System.clearProperty("simulator.wild");
            } else {
                System.setProperty("simulator.wild", before);
            }
        }
    }
}
