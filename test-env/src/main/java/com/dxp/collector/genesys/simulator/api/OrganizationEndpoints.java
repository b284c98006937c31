package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.stream.JsonGenerator;
import java.util.Locale;

/**
 * {@code GET /api/v2/organizations/me} and {@code GET /api/v2/organizations/limits/namespaces/{namespace}}: no
 * permission needed, the first tells the collector whose org a token reads, the second publishes the simulator's
 * limits (as {@code LimitsEntityListing}) so the collector can discover them at run time instead of hard-coding.
 */
final class OrganizationEndpoints {

    private final SimulatorSettings settings;
    private final RateLimiter rateLimiter;

    OrganizationEndpoints(SimulatorSettings settings, RateLimiter rateLimiter) {
        this.settings = settings;
        this.rateLimiter = rateLimiter;
    }

    SimResponse me(ApiCall call) {
        OrgSpec spec = call.grant().org().spec();
        String id = spec.orgId().toString();
        String domain = spec.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return SimResponse.ok(Json.write(g -> g.writeStartObject()
                .write("id", id)
                .write("name", spec.name())
                .write("defaultLanguage", "en")
                .write("defaultCountryCode", "DE")
                .write("thirdPartyOrgName", domain)
                .write("domain", domain)
                .write("version", 1)
                .write("state", "active")
                .write("voicemailEnabled", true)
                .write("productPlatform", "GenesysCloud")
                .write("selfUri", "/api/v2/organizations/" + id)
                .writeEnd()));
    }

    SimResponse limits(ApiCall call) {
        String namespace = call.pathParam("namespace");
        return switch (namespace) {
            case "analytics" -> listing(g -> {
                limit(g, namespace, "conversation.details.query.page.size.max", settings.maxQueryPageSize());
                limit(g, namespace, "conversation.details.query.results.max", settings.maxQueryResults());
                limit(g, namespace, "conversation.details.ids.max", settings.maxBatchIds());
                limit(g, namespace, "conversation.details.job.results.page.size.max", settings.maxJobPageSize());
                limit(g, namespace, "conversation.details.jobs.concurrent.max", settings.maxConcurrentJobs());
            });
            case "platform.api" -> listing(g ->
                    limit(g, namespace, RateLimiter.LIMIT_KEY, rateLimiter.limitOf(call.grant().clientId())));
            default -> throw ApiException.notFound("Limits namespace " + namespace + " not found");
        };
    }

    private static SimResponse listing(java.util.function.Consumer<JsonGenerator> entities) {
        return SimResponse.ok(Json.write(g -> {
            g.writeStartObject().writeStartArray("entities");
            entities.accept(g);
            g.writeEnd().writeEnd();
        }));
    }

    private static void limit(JsonGenerator g, String namespace, String key, long value) {
        g.writeStartObject().write("key", key).write("namespace", namespace).write("value", value).writeEnd();
    }
}
