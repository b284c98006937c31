package com.dxp.collector.genesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The oracle itself must fail on what the SDK would silently accept, unless asked to read leniently. */
class GenesysSchemaOracleTest {

    @Test
    void shouldReadTheDocumentedErrorBody() {
        ErrorBody body = GenesysSchemaOracle.read(
                "{\"message\":\"Invalid login credentials.\",\"code\":\"bad.credentials\",\"status\":401}",
                ErrorBody.class);

        assertEquals("bad.credentials", body.getCode());
        assertEquals(401, body.getStatus());
    }

    @Test
    void shouldFailOnAPropertyTheSdkDoesNotKnow() {
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(
                "{\"message\":\"x\",\"code\":\"y\",\"status\":400,\"madeUp\":true}", ErrorBody.class));
    }

    @Test
    void shouldReadUnknownPropertiesEnumValuesAndHugeNumbersLeniently() {
        String wild = "{\"conversationId\":\"c\",\"originatingDirection\":\"sideways\",\"madeUp\":{\"a\":[1]},"
                + "\"mediaStatsMinConversationMos\":1E+309,\"participants\":[{\"purpose\":\"robot\",\"sessions\":"
                + "[{\"metrics\":[{\"name\":\"tTalk\",\"value\":1E+30},{\"name\":\"nX\",\"value\":"
                + "99999999999999999999999}]}]}]}";

        AnalyticsConversation read = GenesysSchemaOracle.readLenient(wild, AnalyticsConversation.class);

        assertEquals(AnalyticsConversation.OriginatingDirectionEnum.OUTDATEDSDKVERSION,
                read.getOriginatingDirection());
        assertEquals(Double.POSITIVE_INFINITY, read.getMediaStatsMinConversationMos());
        assertEquals(Long.MAX_VALUE, read.getParticipants().get(0).getSessions().get(0).getMetrics().get(0)
                .getValue());
        assertEquals(Long.MAX_VALUE, read.getParticipants().get(0).getSessions().get(0).getMetrics().get(1)
                .getValue());
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(wild, AnalyticsConversation.class));
    }

    @Test
    void shouldStillFailLenientlyOnWhatDoesNotFitTheModel() {
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.readLenient(
                "{\"conversationId\":\"c\",\"conversationStart\":\"yesterday\"}", AnalyticsConversation.class));
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.readLenient(
                "{\"conversationId\":\"c\",\"participants\":{\"not\":\"a list\"}}", AnalyticsConversation.class));
    }

    @Test
    void shouldReadStrictlyForATidyOrgAndLenientlyForAWildOne() {
        OrgSpec tidy = new OrgSpec(UUID.randomUUID(), "Tidy", 1, 1, 1, 0, List.of());
        String unknown = "{\"message\":\"x\",\"code\":\"y\",\"status\":400,\"madeUp\":true}";

        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.readFor(tidy, unknown, ErrorBody.class));
        assertEquals("y", GenesysSchemaOracle.readFor(tidy.withWildData(), unknown, ErrorBody.class).getCode());
    }

    @Test
    void shouldFailOnAnEnumValueTheSdkDoesNotKnow() {
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(
                "{\"conversationId\":\"c\",\"originatingDirection\":\"sideways\"}",
                com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes.class));
    }
}
