package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRouterTest {

    private final List<String> lookedUp = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"9a1b2c3d-0000-4e5f-8a9b-11223344556\u0000", "org",
        "9a1b2c3d-0000-4e5f-8a9b-1122334455667"})
    void shouldRouteAnOrgIdThatIsNoUuidToNoTenantWithoutLookingItUp(String orgId) throws Exception {
        TenantRouter router = new TenantRouter();
        router.tenants = new TenantService() {
            @Override
            public Optional<TenantView> findByGenesysOrgId(String id) {
                lookedUp.add(id);
                return Optional.empty();
            }
        };
        EventEnvelope envelope = new EventEnvelopeReader(10_000).read(EventEnvelopeReaderTest.CUSTOMER_END
                .replace("9a1b2c3d-0000-4e5f-8a9b-112233445566", orgId.replace("\u0000", "\\u0000")));

        UnusableMessageException e = assertThrows(UnusableMessageException.class, () -> router.route(envelope));

        assertEquals(QuarantineReason.UNKNOWN_TENANT, e.reason());
        assertEquals(List.of(), lookedUp, "a value the org id column cannot hold never reaches the database");
    }
}
