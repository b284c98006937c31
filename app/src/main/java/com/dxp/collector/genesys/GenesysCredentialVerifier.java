package com.dxp.collector.genesys;

import com.dxp.collector.tenant.CredentialVerifier;
import com.dxp.collector.tenant.PermissionProbe;
import com.dxp.collector.tenant.PermissionStatus;
import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.tenant.Verification;
import com.dxp.collector.tenant.Verification.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies a tenant credential the way the collector will use it, through the gateway: a token, the org it
 * belongs to ({@code organizations/me}), one probe per required and optional permission, and the org's API rate
 * limit, which then becomes the tenant's budget. Genesys-side failures become outcomes, never exceptions.
 */
@ApplicationScoped
public class GenesysCredentialVerifier implements CredentialVerifier {

    private static final Logger LOG = Logger.getLogger(GenesysCredentialVerifier.class.getName());
    private static final String RATE_LIMIT_KEY = "client.credentials.token.rate.per.minute";

    private GenesysGateway gateway;
    private Duration maxTime;
    private Clock clock;

    /** For CDI. */
    protected GenesysCredentialVerifier() {
    }

    @Inject
    public GenesysCredentialVerifier(GenesysGateway gateway, GenesysConfig config) {
        this(gateway, config.verificationMaxTime(), Clock.systemUTC());
    }

    GenesysCredentialVerifier(GenesysGateway gateway, Duration maxTime, Clock clock) {
        this.gateway = gateway;
        this.maxTime = maxTime;
        this.clock = clock;
    }

    /**
     * Verifies within {@code genesys.verification.max-seconds}: past it no call, retry or probe starts (a probe not
     * made is UNKNOWN), so a silent or slow host holds the admin's request for that long plus one read timeout.
     */
    @Override
    public Verification verify(TenantConnection connection) {
        Instant startedAt = clock.instant();
        Instant deadline = startedAt.plus(maxTime);
        JsonObject org;
        try {
            GenesysResponse me = gateway.call(connection, Lane.LIVE, "organizations.me", OrganizationsClient.class,
                    OrganizationsClient::me, deadline);
            if (!me.isSuccess()) {
                return failed(Outcome.UNREACHABLE, "organizations/me answered " + me.status() + " "
                        + me.errorCode(), startedAt);
            }
            org = me.json();
        } catch (CredentialsRejectedException e) {
            return failed(Outcome.CREDENTIALS_REJECTED, "Genesys refused the client: " + e.errorCode(), startedAt);
        } catch (GenesysException e) {
            return failed(Outcome.UNREACHABLE, e.getMessage(), startedAt);
        }

        List<PermissionProbe> probes = new ArrayList<>();
        for (GenesysPermission permission : GenesysPermission.values()) {
            if (!clock.instant().isBefore(deadline)) {
                probes.add(permission.unknown("deadline"));
                continue;
            }
            try {
                probes.add(probe(connection, permission, deadline));
            } catch (CredentialsRejectedException e) {
                return failed(Outcome.CREDENTIALS_REJECTED, "Genesys refused the client: " + e.errorCode(),
                        startedAt);
            } catch (GenesysPostponedException e) {
                probes.add(permission.unknown("postponed"));
            } catch (GenesysUnavailableException e) {
                probes.add(permission.unknown(e.errorCode()));
            } catch (GenesysBudgetTimeoutException e) {
                probes.add(permission.unknown("budget.timeout"));
            }
        }
        Integer requestsPerMinute = clock.instant().isBefore(deadline)
                ? requestsPerMinute(connection, deadline).orElse(null) : null;
        if (requestsPerMinute != null) {
            gateway.useRequestsPerMinute(connection.tenantId(), requestsPerMinute);
        }

        String orgId = text(org, "id");
        String orgName = text(org, "name");
        List<String> missing = probes.stream()
                .filter(p -> p.required() && p.status() == PermissionStatus.MISSING)
                .map(PermissionProbe::permission).toList();
        List<String> unknown = probes.stream()
                .filter(p -> p.required() && p.status() == PermissionStatus.UNKNOWN)
                .map(PermissionProbe::permission).toList();
        Outcome outcome;
        String detail = null;
        if (!missing.isEmpty()) {
            outcome = Outcome.MISSING_REQUIRED_PERMISSIONS;
            detail = "missing required permissions: " + String.join(", ", missing);
        } else if (!unknown.isEmpty()) {
            outcome = Outcome.UNREACHABLE;
            detail = "could not probe required permissions: " + String.join(", ", unknown);
        } else {
            outcome = Outcome.VERIFIED;
        }
        LOG.log(Level.INFO, "verified credential {0} of tenant {1}: {2} (org {3})",
                new Object[] {connection.credentialId(), connection.tenantId(), outcome, orgId});
        return new Verification(outcome, orgId, orgName, probes, requestsPerMinute, detail, startedAt);
    }

    private <C> PermissionProbe probe(TenantConnection connection, GenesysPermission permission, Instant deadline) {
        @SuppressWarnings("unchecked")
        GenesysPermission.Probe<C> probe = (GenesysPermission.Probe<C>) permission.probe();
        GenesysResponse response = gateway.call(connection, permission.lane(), "probe." + permission.name()
                .toLowerCase(java.util.Locale.ROOT), probe.api(), probe.request(), deadline);
        return permission.classify(response);
    }

    /** The org's per-client rate limit from its limits API; empty when it cannot be read. */
    private Optional<Integer> requestsPerMinute(TenantConnection connection, Instant deadline) {
        try {
            GenesysResponse limits = gateway.call(connection, Lane.LIVE, "organizations.limits",
                    OrganizationsClient.class, c -> c.limits("platform.api"), deadline);
            if (!limits.isSuccess()) {
                return Optional.empty();
            }
            return requestsPerMinute(limits.json());
        } catch (GenesysException e) {
            LOG.log(Level.FINE, "limits of tenant {0} unreadable: {1}",
                    new Object[] {connection.tenantId(), e.getMessage()});
            return Optional.empty();
        }
    }

    static Optional<Integer> requestsPerMinute(JsonObject listing) {
        if (!(listing.get("entities") instanceof jakarta.json.JsonArray entities)) {
            return Optional.empty();
        }
        for (JsonValue entity : entities) {
            if (entity instanceof JsonObject limit && RATE_LIMIT_KEY.equals(text(limit, "key"))
                    && limit.get("value") instanceof JsonNumber value && value.intValue() > 0) {
                return Optional.of(value.intValue());
            }
        }
        return Optional.empty();
    }

    private static String text(JsonObject object, String field) {
        return object.get(field) instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    private Verification failed(Outcome outcome, String detail, Instant at) {
        return new Verification(outcome, null, null, List.of(), null, detail, at);
    }
}
