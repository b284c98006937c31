package com.dxp.collector.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo never quarantines its own first events: its tenants exist before the simulator's live events start. */
class DemoLauncherTest {

    private final List<String> steps = new ArrayList<>();

    @Test
    void shouldStartTheLiveEventsOnlyOnceTheDemoTenantsAreRegistered() throws Exception {
        List<String> registered = DemoLauncher.registerThenGoLive(() -> {
            steps.add("register tenants");
            return List.of("Demo org 1");
        }, () -> steps.add("start live events"));

        assertEquals(List.of("register tenants", "start live events"), steps);
        assertEquals(List.of("Demo org 1"), registered);
    }

    @Test
    void shouldLeaveTheLiveEventsStoppedWhenRegisteringTheTenantsFails() {
        assertThrows(IOException.class, () -> DemoLauncher.registerThenGoLive(() -> {
            steps.add("register tenants");
            throw new IOException("collector refused the tenant");
        }, () -> steps.add("start live events")));

        assertEquals(List.of("register tenants"), steps, "no event for a tenant the collector does not know");
    }
}
