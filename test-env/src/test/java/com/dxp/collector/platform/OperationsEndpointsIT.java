package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class OperationsEndpointsIT {

    @Test
    void shouldServeTheOpenApiDocumentOfTheApi() throws Exception {
        HttpResponse<String> response = get("/openapi", NOBODY);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/admin/audit"), response.body());
        assertTrue(response.body().contains("DXP Collector for Genesys Cloud"), response.body());
    }

    @Test
    void shouldServeTheOpenApiUi() throws Exception {
        HttpResponse<String> response = get("/openapi/ui/", NOBODY);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().toLowerCase().contains("<html"), "not an HTML page");
    }

    @Test
    void shouldServeMetricsInPrometheusFormat() throws Exception {
        HttpResponse<String> response = get("/metrics", NOBODY);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains("# TYPE "), "no Prometheus type lines");
    }
}
