package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeLocationFilterTest {

    @Test
    void shouldKeepOnlyThePathAndQueryOfWhateverHostTheRequestNamed() {
        assertEquals("/api/admin/tenants/42", RelativeLocationFilter.pathOf("http://evil.test:666/api/admin/tenants/42"));
        assertEquals("/api/x?a=1&b=%20", RelativeLocationFilter.pathOf("https://h/api/x?a=1&b=%20"));
        assertEquals("/", RelativeLocationFilter.pathOf("http://h"));
        assertEquals("/api/admin/audit/7", RelativeLocationFilter.pathOf("/api/admin/audit/7"));
    }
}
