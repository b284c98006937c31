package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code genesys.calls} counter an operator reads to see which tenant's calls fail at which endpoint, and how.
 * No MicroProfile Metrics implementation is on the test class path, so a registry that records what it is asked
 * stands in for one: the counters asked for, by name and tags, and their increments.
 */
class MicroProfileGatewayMetricsTest {

    private static final UUID ACME = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final UUID GLOBEX = UUID.fromString("7e000000-0000-4000-8000-00000000000b");

    /** Increments by "name{tag=value,...}", tags sorted. */
    private final Map<String, Long> counted = new TreeMap<>();
    private final RecentCalls recent = new RecentCalls();
    private final MicroProfileGatewayMetrics metrics = new MicroProfileGatewayMetrics(registry(), recent);

    @ParameterizedTest
    @CsvSource({"200, 2xx", "204, 2xx", "400, 4xx", "404, 4xx", "401, 401", "403, 403", "429, 429", "500, 5xx",
            "503, 5xx"})
    void shouldCountAnAnsweredCallUnderItsOutcomeTenantAndEndpoint(int status, String outcome) {
        metrics.called(ACME, "analytics.details", CallOutcome.of(status), status, null);

        assertEquals(Map.of("genesys.calls{endpoint=analytics.details,outcome=" + outcome + ",tenant=" + ACME + "}",
                1L), counted);
    }

    @Test
    void shouldCountACallWithoutAnswerAsTimeoutOrUnreachable() {
        metrics.called(ACME, "users", CallOutcome.of(new SocketTimeoutException("read timed out")), 0, "timeout");
        metrics.called(ACME, "users", CallOutcome.of(new IOException(new HttpTimeoutException("timed out"))), 0,
                "timeout");
        metrics.called(ACME, "users", CallOutcome.of(new ConnectException("refused")), 0, "connect");

        assertEquals(Map.of("genesys.calls{endpoint=users,outcome=timeout,tenant=" + ACME + "}", 2L,
                "genesys.calls{endpoint=users,outcome=unreachable,tenant=" + ACME + "}", 1L), counted);
    }

    @Test
    void shouldKeepEachTenantsAndEndpointsCallsApart() {
        metrics.called(ACME, "analytics.details", CallOutcome.RATE_LIMITED, 429, "too.many.requests");
        metrics.called(ACME, "users", CallOutcome.SUCCESS, 200, null);
        metrics.called(GLOBEX, "analytics.details", CallOutcome.RATE_LIMITED, 429, "too.many.requests");
        metrics.called(GLOBEX, "analytics.details", CallOutcome.RATE_LIMITED, 429, "too.many.requests");
        metrics.called(GLOBEX, "oauth.token", CallOutcome.UNAUTHORIZED, 0, "invalid_client");

        assertEquals(Map.of(
                "genesys.calls{endpoint=analytics.details,outcome=429,tenant=" + ACME + "}", 1L,
                "genesys.calls{endpoint=users,outcome=2xx,tenant=" + ACME + "}", 1L,
                "genesys.calls{endpoint=analytics.details,outcome=429,tenant=" + GLOBEX + "}", 2L,
                "genesys.calls{endpoint=oauth.token,outcome=401,tenant=" + GLOBEX + "}", 1L), counted);
        assertEquals(2, recent.lastHour(ACME).total(), "the tenant health's figures follow the same calls");
        assertEquals(3, recent.lastHour(GLOBEX).total());
    }

    @Test
    void shouldCountEveryDryRunUnderOneSeriesAndLeaveTenantFiguresAlone() {
        metrics.called(GatewayMetrics.DRY_RUN, "oauth.token", CallOutcome.UNAUTHORIZED, 0, "invalid_client");

        assertEquals(Map.of("genesys.calls{endpoint=oauth.token,outcome=401,tenant=dry-run}", 1L), counted);
        assertEquals(0, recent.lastHour(GatewayMetrics.DRY_RUN).total());
    }

    private MetricRegistry registry() {
        return (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("counter") && args.length == 2 && args[0] instanceof Metadata md) {
                        String key = md.getName() + Arrays.stream((Tag[]) args[1])
                                .map(t -> t.getTagName() + "=" + t.getTagValue()).sorted()
                                .collect(Collectors.joining(",", "{", "}"));
                        return counter(key);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Counter counter(String key) {
        return (Counter) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Counter.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("inc")) {
                        counted.merge(key, args == null ? 1L : (Long) args[0], Long::sum);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
