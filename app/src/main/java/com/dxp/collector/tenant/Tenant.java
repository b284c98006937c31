package com.dxp.collector.tenant;

import com.dxp.collector.platform.jdbc.Jdbc;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer org the collector serves, as stored in {@code tenant}: its name, where its org answers, whether it
 * is enabled, and what its last verification found. Owns the rules that keep {@link #state()} consistent with
 * {@code enabled} and the last verification outcome.
 */
public class Tenant {

    private final UUID id;
    private String name;
    private TenantEndpoint endpoint;
    private boolean enabled;
    private TenantState state;
    private Verification.Outcome verificationOutcome;
    private String verificationDetail;
    private Instant verifiedAt;
    private String genesysOrgId;
    private String genesysOrgName;
    private EventBridgeSource eventBridge;
    private Integer requestsPerMinute;
    private final Instant createdAt;
    private Instant updatedAt;
    private long version;

    Tenant(UUID id, String name, TenantEndpoint endpoint, boolean enabled, TenantState state,
           Verification.Outcome verificationOutcome, String verificationDetail, Instant verifiedAt,
           String genesysOrgId, String genesysOrgName, EventBridgeSource eventBridge, Integer requestsPerMinute,
           Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name;
        this.endpoint = endpoint;
        this.enabled = enabled;
        this.state = state;
        this.verificationOutcome = verificationOutcome;
        this.verificationDetail = verificationDetail;
        this.verifiedAt = verifiedAt;
        this.genesysOrgId = genesysOrgId;
        this.genesysOrgName = genesysOrgName;
        this.eventBridge = eventBridge;
        this.requestsPerMinute = requestsPerMinute;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A tenant just added: not verified yet. */
    static Tenant create(UUID id, String name, TenantEndpoint endpoint, EventBridgeSource eventBridge,
                         boolean enabled, Instant now) {
        Tenant t = new Tenant(id, name, endpoint, enabled, null, null, null, null, null, null, eventBridge, null,
                now, now, 0);
        t.refreshState();
        return t;
    }

    /**
     * Applies new settings. A different endpoint means the last verification no longer tells anything about
     * it, so the tenant is NEW again until verified.
     */
    void update(String newName, TenantEndpoint newEndpoint, EventBridgeSource newEventBridge, boolean newEnabled,
                Instant now) {
        if (!newEndpoint.equals(endpoint)) {
            verificationOutcome = null;
            verificationDetail = null;
        }
        name = newName;
        endpoint = newEndpoint;
        eventBridge = newEventBridge;
        enabled = newEnabled;
        refreshState();
        touch(now);
    }

    /** Soft delete: disabled, kept with its data. */
    void disable(Instant now) {
        enabled = false;
        refreshState();
        touch(now);
    }

    /** Marks a disabled tenant as being purged: from now on its state stays {@code PURGING} until it is gone. */
    void startPurge(Instant now) {
        if (enabled) {
            throw new IllegalStateException("tenant " + id + " is enabled: disable it before purging it");
        }
        state = TenantState.PURGING;
        touch(now);
    }

    /** Whether a purge of the tenant has started (it stays until the purge deletes it). */
    public boolean purging() {
        return state == TenantState.PURGING;
    }

    /** Records what a verification of the tenant's credential found. */
    void applyVerification(Verification verification, Instant now) {
        verificationOutcome = verification.outcome();
        verificationDetail = Jdbc.bounded(verification.detail(), TenantRules.DETAIL_MAX);
        verifiedAt = verification.verifiedAt() != null ? verification.verifiedAt() : now;
        if (verification.orgId() != null) {
            genesysOrgId = verification.orgId();
            genesysOrgName = Jdbc.bounded(verification.orgName(), 200);
        }
        if (verification.requestsPerMinute() != null) {
            requestsPerMinute = verification.requestsPerMinute();
        }
        refreshState();
        touch(now);
    }

    private void refreshState() {
        if (state == TenantState.PURGING) {
            return;
        }
        if (!enabled) {
            state = TenantState.DISABLED;
        } else {
            state = verificationOutcome == null ? TenantState.NEW : TenantState.of(verificationOutcome);
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    /** The stored version becomes this after a successful update. */
    void versionWritten(long newVersion) {
        version = newVersion;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return TenantRules.nameKey(name);
    }

    public TenantEndpoint endpoint() {
        return endpoint;
    }

    public URI apiBaseUrl() {
        return endpoint.apiBaseUrl();
    }

    public URI loginBaseUrl() {
        return endpoint.loginBaseUrl();
    }

    public boolean enabled() {
        return enabled;
    }

    public TenantState state() {
        return state;
    }

    public Verification.Outcome verificationOutcome() {
        return verificationOutcome;
    }

    public String verificationDetail() {
        return verificationDetail;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String genesysOrgId() {
        return genesysOrgId;
    }

    public String genesysOrgName() {
        return genesysOrgName;
    }

    public EventBridgeSource eventBridge() {
        return eventBridge;
    }

    public Integer requestsPerMinute() {
        return requestsPerMinute;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
