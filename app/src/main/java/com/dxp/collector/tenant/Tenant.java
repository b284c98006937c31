package com.dxp.collector.tenant;

import static com.dxp.collector.platform.schema.UtcTimestamps.column;
import static com.dxp.collector.platform.schema.UtcTimestamps.instant;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer org the collector serves, as stored in {@code tenant}: its name, where its org answers, whether it
 * is enabled, and what its last verification found. Owns the rules that keep {@link #state()} consistent with
 * {@code enabled} and the last verification outcome. The entity of the tenant aggregate: its endpoint and event
 * source are kept in their columns and given out as values; {@link #version()} is the optimistic check every
 * write makes, so a change based on an old read fails instead of overwriting another.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.findByNameKey", query = "SELECT t FROM Tenant t WHERE t.nameKey = :nameKey")
@NamedQuery(name = "Tenant.findByGenesysOrgId", query = "SELECT t FROM Tenant t WHERE t.genesysOrgId = :orgId")
@NamedQuery(name = "Tenant.findPage", query = "SELECT t FROM Tenant t WHERE t.enabled IN :enabled"
        + " AND t.state IN :states AND t.nameKey > :afterNameKey ORDER BY t.nameKey")
public class Tenant {

    @Id
    private UUID id;

    private String name;

    /** The name as names are compared (unique): kept beside it because H2 has no unique index on an expression. */
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "region_domain")
    private String regionDomain;

    /** Null for a region, whose URLs follow from its domain. */
    @Column(name = "api_base_url")
    private String apiBaseUrl;

    @Column(name = "login_base_url")
    private String loginBaseUrl;

    private boolean enabled;

    @Enumerated(EnumType.STRING)
    private TenantState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_outcome")
    private Verification.Outcome verificationOutcome;

    @Column(name = "verification_detail")
    private String verificationDetail;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "genesys_org_id")
    private String genesysOrgId;

    @Column(name = "genesys_org_name")
    private String genesysOrgName;

    @Column(name = "aws_account_id")
    private String awsAccountId;

    @Column(name = "aws_region")
    private String awsRegion;

    @Column(name = "event_source_suffix")
    private String eventSourceSuffix;

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    /** Whether backfills fetch the journey sessions conversations name: one call each, so a tenant opts in. */
    @Column(name = "fetch_journey_sessions")
    private boolean fetchJourneySessions;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Tenant() {
        // for JPA
    }

    private Tenant(UUID id, String name, TenantEndpoint endpoint, EventBridgeSource eventBridge, boolean enabled,
                   Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        rename(name);
        moveTo(endpoint);
        receiveEventsFrom(eventBridge);
        this.enabled = enabled;
        this.createdAt = column(now);
        this.updatedAt = column(now);
    }

    /** A tenant just added: not verified yet. */
    static Tenant create(UUID id, String name, TenantEndpoint endpoint, EventBridgeSource eventBridge,
                         boolean enabled, Instant now) {
        Tenant t = new Tenant(id, name, endpoint, eventBridge, enabled, now);
        t.refreshState();
        return t;
    }

    /**
     * Applies new settings. A different endpoint means the last verification no longer tells anything about
     * it, so the tenant is NEW again until verified.
     */
    /** Changes the editable settings, the journey-session setting left as it is. */
    void update(String newName, TenantEndpoint newEndpoint, EventBridgeSource newEventBridge, boolean newEnabled,
                Instant now) {
        update(newName, newEndpoint, newEventBridge, newEnabled, null, now);
    }

    /** {@code journeySessions}: null keeps the setting (a client that does not know it leaves it as it is). */
    void update(String newName, TenantEndpoint newEndpoint, EventBridgeSource newEventBridge, boolean newEnabled,
                Boolean journeySessions, Instant now) {
        if (journeySessions != null) {
            fetchJourneySessions = journeySessions;
        }
        if (!newEndpoint.equals(endpoint())) {
            verificationOutcome = null;
            verificationDetail = null;
        }
        rename(newName);
        moveTo(newEndpoint);
        receiveEventsFrom(newEventBridge);
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
        verifiedAt = column(verification.verifiedAt() != null ? verification.verifiedAt() : now);
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
        updatedAt = column(now);
    }

    private void rename(String newName) {
        name = newName;
        nameKey = TenantRules.nameKey(newName);
    }

    private void moveTo(TenantEndpoint newEndpoint) {
        regionDomain = newEndpoint.regionDomain();
        apiBaseUrl = newEndpoint.isRegion() ? null : newEndpoint.apiBaseUrl().toString();
        loginBaseUrl = newEndpoint.isRegion() ? null : newEndpoint.loginBaseUrl().toString();
    }

    private void receiveEventsFrom(EventBridgeSource source) {
        awsAccountId = source == null ? null : source.awsAccountId();
        awsRegion = source == null ? null : source.awsRegion();
        eventSourceSuffix = source == null ? null : source.eventSourceSuffix();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    /** The stored region with its URLs, or the stored explicit URLs. */
    public TenantEndpoint endpoint() {
        if (regionDomain == null) {
            return new TenantEndpoint(null, URI.create(apiBaseUrl), URI.create(loginBaseUrl));
        }
        return GenesysRegion.ofDomain(regionDomain).map(TenantEndpoint::of)
                .orElseThrow(() -> new IllegalStateException("stored region " + regionDomain + " is unknown"));
    }

    public URI apiBaseUrl() {
        return endpoint().apiBaseUrl();
    }

    public URI loginBaseUrl() {
        return endpoint().loginBaseUrl();
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
        return instant(verifiedAt);
    }

    public String genesysOrgId() {
        return genesysOrgId;
    }

    public String genesysOrgName() {
        return genesysOrgName;
    }

    public EventBridgeSource eventBridge() {
        return awsAccountId == null ? null : new EventBridgeSource(awsAccountId, awsRegion, eventSourceSuffix);
    }

    public Integer requestsPerMinute() {
        return requestsPerMinute;
    }

    public boolean fetchJourneySessions() {
        return fetchJourneySessions;
    }

    public Instant createdAt() {
        return instant(createdAt);
    }

    public Instant updatedAt() {
        return instant(updatedAt);
    }

    public long version() {
        return version;
    }
}
