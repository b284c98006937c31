package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.tenant.EventBridgeSource;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantState;
import com.dxp.collector.tenant.TenantView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
        "210987654321 | eu-central-1 | collector-prod | AWS account 123456789012, not 210987654321",
        "123456789012 | us-east-1 | collector-prod | AWS region eu-central-1, not us-east-1",
        "123456789012 | eu-central-1 | other | event source suffix collector-prod, not other",
        "NULL | eu-central-1 | collector-prod | AWS account 123456789012, not none",
        "123456789012 | eu-central-1 | NULL | event source suffix collector-prod, not none",
        "210987654321 | us-east-1 | collector-prod | AWS account 123456789012, not 210987654321, AWS region"
                + " eu-central-1, not us-east-1"})
    void shouldQuarantineAnEventFromAnotherSourceThanTheTenantNames(String account, String region, String suffix,
                                                                    String why) throws Exception {
        TenantRouter router = routerOf(tenantWith(new EventBridgeSource("123456789012", "eu-central-1",
                "collector-prod")));
        EventEnvelope envelope = envelope(account, region, suffix);

        UnusableMessageException e = assertThrows(UnusableMessageException.class, () -> router.route(envelope));

        assertEquals(QuarantineReason.SOURCE_MISMATCH, e.reason());
        assertTrue(e.getMessage().endsWith("expects its events from " + why), e.getMessage());
    }

    @Test
    void shouldRouteAnEventFromTheNamedSourceAndAnyEventWhenNoneIsNamed() throws Exception {
        EventEnvelope envelope = envelope("123456789012", "eu-central-1", "collector-prod");

        assertEquals(TENANT, routerOf(tenantWith(new EventBridgeSource("123456789012", "eu-central-1",
                "collector-prod"))).route(envelope));
        assertEquals(TENANT, routerOf(tenantWith(null)).route(envelope(null, null, null)));
    }

    private static final UUID TENANT = UUID.randomUUID();

    private static TenantRouter routerOf(TenantView tenant) {
        TenantRouter router = new TenantRouter();
        router.config = new EventsConfig();
        router.tenants = new TenantService() {
            @Override
            public Optional<TenantView> findByGenesysOrgId(String id) {
                return Optional.of(tenant);
            }
        };
        return router;
    }

    private static TenantView tenantWith(EventBridgeSource source) {
        Instant now = Instant.now();
        return new TenantView(TENANT, "t", "mypurecloud.de", null, null, true, TenantState.VERIFIED,
                "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Org", source, 300, false, null, now, null, List.of(), now, now, 1,
                null);
    }

    private static EventEnvelope envelope(String account, String region, String suffix) throws Exception {
        EventEnvelope reference = new EventEnvelopeReader(10_000).read(EventEnvelopeReaderTest.CUSTOMER_END);
        return new EventEnvelope(reference.eventId(), reference.orgId(), suffix, account, region, reference.time(),
                reference.topic(), reference.body());
    }
}
