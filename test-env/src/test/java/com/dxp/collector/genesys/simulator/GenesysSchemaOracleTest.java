package com.dxp.collector.genesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mypurecloud.sdk.v2.model.ErrorBody;
import org.junit.jupiter.api.Test;

/** The oracle itself must fail on what the SDK would silently accept. */
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
    void shouldFailOnAnEnumValueTheSdkDoesNotKnow() {
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(
                "{\"conversationId\":\"c\",\"originatingDirection\":\"sideways\"}",
                com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes.class));
    }
}
