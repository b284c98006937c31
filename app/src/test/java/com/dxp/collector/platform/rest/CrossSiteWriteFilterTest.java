package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteWriteFilterTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
        "POST | application/x-www-form-urlencoded | NULL | NULL | 415",
        "POST | multipart/form-data; boundary=x | NULL | NULL | 415",
        "PUT | Text/Plain;charset=UTF-8 | NULL | NULL | 415",
        "POST | NULL | cross-site | https://evil.test | 403",
        "DELETE | NULL | same-site | NULL | 403",
        "POST | application/json | NULL | https://evil.test | 403",
        "POST | application/json | NULL | null | 403",
        "POST | application/json | NULL | http://collector.test:9081 | 403",
        "PATCH | application/json | NULL | %%% | 403"})
    void shouldRefuseAWriteAPageOfAnotherSiteCouldSend(String method, String type, String site, String origin,
                                                       int status) {
        Optional<ProblemException> refusal = CrossSiteWriteFilter.refusal(method, type, site, origin,
                "collector.test:9080");

        assertEquals(status, refusal.orElseThrow().status());
        assertTrue(refusal.get().getMessage().contains("another site"), refusal.get().getMessage());
    }

    @ParameterizedTest
    @CsvSource({"POST, application/xml", "PUT, text/csv", "POST, application/octet-stream", "DELETE, image/png"})
    void shouldRefuseAnyBodyButJson(String method, String type) {
        assertEquals(415, CrossSiteWriteFilter.refusal(method, type, null, null, "h:1").orElseThrow().status());
        assertEquals(Optional.empty(), CrossSiteWriteFilter.refusal(method, "application/problem+json", null, null,
                "h:1"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
        "POST | application/json | NULL | NULL | collector.test:9080",
        "POST | NULL | NULL | NULL | collector.test:9080",
        "DELETE | NULL | NULL | NULL | collector.test:9080",
        "POST | application/json; charset=utf-8 | same-origin | http://collector.test:9080 | collector.test:9080",
        "POST | application/json | none | NULL | collector.test:9080",
        "PUT | application/json | NULL | https://collector.test | collector.test",
        "GET | text/plain | cross-site | https://evil.test | collector.test:9080",
        "HEAD | application/x-www-form-urlencoded | NULL | NULL | collector.test:9080"})
    void shouldLetClientsThatAreNotBrowsersSameOriginPagesAndReadsThrough(String method, String type, String site,
                                                                          String origin, String host) {
        assertEquals(Optional.empty(), CrossSiteWriteFilter.refusal(method, type, site, origin, host));
    }
}
