package com.dxp.collector.genesys;

import java.time.Duration;
import java.util.UUID;

/**
 * What the gateway reports per tenant and endpoint: calls, 429s, retries and time spent waiting for the budget.
 * A port, so the gateway runs in unit tests without a metrics registry.
 */
public interface GatewayMetrics {

    /**
     * The tenant id of every dry-run verification: one series for them all, tagged {@code dry-run}, instead of a
     * series per made-up tenant (a busy admin would otherwise grow {@code /metrics} with each).
     */
    UUID DRY_RUN = new UUID(0, 0);

    /** Reports nothing. */
    GatewayMetrics NONE = new GatewayMetrics() {
        @Override
        public void called(UUID tenantId, String endpoint, CallOutcome outcome, int status, String errorCode) {
        }

        @Override
        public void rateLimited(UUID tenantId, String endpoint) {
        }

        @Override
        public void retried(UUID tenantId, String endpoint) {
        }

        @Override
        public void waited(UUID tenantId, String endpoint, Duration wait) {
        }
    };

    /**
     * One HTTP exchange with Genesys, or one refused token request (endpoint {@code oauth.token}).
     *
     * @param status    the HTTP status; 0 when no answer came
     * @param errorCode Genesys's error code of a faulty answer, or the kind of failure; null for a success
     */
    void called(UUID tenantId, String endpoint, CallOutcome outcome, int status, String errorCode);

    void rateLimited(UUID tenantId, String endpoint);

    void retried(UUID tenantId, String endpoint);

    void waited(UUID tenantId, String endpoint, Duration wait);
}
