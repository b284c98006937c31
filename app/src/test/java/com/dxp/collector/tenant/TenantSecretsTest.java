package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantSecretsTest {

    static TenantSecrets secrets(String keys, String active) {
        TenantConfig config = new TenantConfig();
        config.secretKeys = Optional.ofNullable(keys);
        config.secretActiveKey = Optional.ofNullable(active);
        TenantSecrets secrets = new TenantSecrets();
        secrets.config = config;
        secrets.load();
        return secrets;
    }

    @Test
    void shouldAnswerServiceUnavailableWhenNoKeyIsConfigured() {
        TenantSecrets none = secrets(null, null);

        ProblemException e = assertThrows(ProblemException.class, none::requireWritable);

        assertEquals(503, e.status());
        assertTrue(e.getMessage().startsWith("Secret encryption key not configured"), e.getMessage());
        assertNull(none.misconfiguration(), "a missing key is not a misconfiguration: the first start must work");
    }

    @Test
    void shouldKeepMalformedConfigurationAsTheReasonForTheStartUpCheck() {
        TenantSecrets malformed = secrets("k1:tooShort", "k1");

        assertNotNull(malformed.misconfiguration());
        assertEquals(503, assertThrows(ProblemException.class, malformed::requireWritable).status());
    }

    @Test
    void shouldSealWithAConfiguredActiveKey() {
        TenantSecrets configured = secrets("k1:" + SecretCipherTest.KEY_A, "k1");

        assertDoesNotThrow(configured::requireWritable);
    }
}
