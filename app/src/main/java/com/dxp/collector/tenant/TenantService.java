package com.dxp.collector.tenant;

import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.AuditService;
import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tenant changes, each one transaction with its audit entry: add, change, disable, the start and the end of a
 * purge, and the steps of a credential replacement or verification; also the steps of a re-seal, which its request
 * audits. Everything is validated before the first write, so a refused request leaves nothing behind. A tenant being
 * purged refuses every change. Never logs, audits or returns a secret.
 */
@ApplicationScoped
public class TenantService implements CredentialStore, SealedCredentials {

    private static final Logger LOG = Logger.getLogger(TenantService.class.getName());
    static final int MAX_PAGE = 200;

    @Inject
    TenantRepository repository;

    @Inject
    TenantPurgeRepository purges;

    @Inject
    TenantSecrets secrets;

    @Inject
    TenantConfig config;

    @Inject
    AuditService audit;

    @Inject
    Event<TenantChanged> changes;

    private final Clock clock = Clock.systemUTC();

    /** Adds a tenant with its first (active, not yet verified) credential. */
    @Transactional
    public TenantView create(NewTenant in, Actor actor) {
        String name = TenantRules.name(in.name());
        TenantEndpoint endpoint = TenantRules.endpoint(in.region(), in.apiBaseUrl(), in.loginBaseUrl(),
                config.explicitOrigins());
        secrets.requireWritable();
        requireNameFree(name, null);
        Instant now = now();
        Tenant tenant = Tenant.create(UUID.randomUUID(), name, endpoint, in.eventBridge(),
                in.enabled() == null || in.enabled(), now);
        UUID credentialId = UUID.randomUUID();
        TenantCredential credential = new TenantCredential(tenant.id(), credentialId, in.clientId(),
                secrets.seal(tenant.id(), credentialId, in.clientSecret()), CredentialStatus.ACTIVE, now, null);
        insert(tenant);
        repository.store(credential);
        record(actor, "tenant.created", tenant, "added tenant '" + name + "' (" + describe(endpoint)
                + ", client id " + in.clientId() + ")");
        LOG.info(() -> "tenant " + tenant.id() + " added [correlationId=" + actor.correlationId() + "]");
        return view(tenant, credential, List.of());
    }

    /** Changes a tenant's settings if the client saw its current version. */
    @Transactional
    public TenantView update(UUID id, TenantUpdate in, Actor actor) {
        Tenant tenant = requireFound(id);
        requireNotPurging(tenant);
        String name = TenantRules.name(in.name());
        TenantEndpoint endpoint = TenantRules.endpoint(in.region(), in.apiBaseUrl(), in.loginBaseUrl(),
                config.explicitOrigins());
        if (tenant.version() != in.version()) {
            throw staleVersion(tenant);
        }
        requireNameFree(name, id);
        String before = tenant.name();
        boolean wasEnabled = tenant.enabled();
        tenant.update(name, endpoint, in.eventBridge(), in.enabled(), in.journeySessions(), now());
        write(tenant);
        StringBuilder detail = new StringBuilder("updated tenant '" + name + "'");
        if (!before.equals(name)) {
            detail.append(" (was '").append(before).append("')");
        }
        detail.append(": ").append(describe(endpoint)).append(", enabled ").append(in.enabled())
                .append(", journey sessions ").append(tenant.fetchJourneySessions());
        record(actor, wasEnabled && !in.enabled() ? "tenant.disabled" : "tenant.updated", tenant, detail.toString());
        return view(tenant);
    }

    /** Soft delete: the tenant is disabled and keeps its data; repeating it changes nothing. */
    @Transactional
    public TenantView disable(UUID id, Actor actor) {
        Tenant tenant = requireFound(id);
        if (tenant.enabled()) {
            tenant.disable(now());
            write(tenant);
            record(actor, "tenant.disabled", tenant, "disabled tenant '" + tenant.name() + "'");
        }
        return view(tenant);
    }

    /**
     * The start of a purge, in one transaction: the disabled tenant is marked {@code PURGING} (nothing can enable,
     * change or verify it from now on), its purge is recorded with a count of 0 per table, and the start is audited.
     * Call it through {@link TenantPurge}, which first stops the tenant's work and then starts the job that deletes.
     */
    @Transactional
    public void startPurge(UUID id, Actor actor) {
        Tenant tenant = requireDisabled(id);
        if (tenant.purging()) {
            throw TenantProblems.purgeRunning(id);
        }
        tenant.startPurge(now());
        write(tenant);
        purges.store(id, tenant.name(), actor, now(), TenantRepository.PURGE_ORDER);
        record(actor, "tenant.purge-started", tenant, "purge of tenant '" + tenant.name() + "' started: its"
                + " collected data, permissions and credentials are deleted in the background");
    }

    /** Names the batch job execution (and the server it runs on) that purges the tenant now. */
    @Transactional
    public void purgeExecuting(UUID id, long executionId, String serverId) {
        purges.executing(id, executionId, serverId);
    }

    /** The audit entry of a purge that starts again after its job failed, stopped or lost its server. */
    @Transactional
    public void recordPurgeResumed(UUID id, Actor actor, String why) {
        Tenant tenant = requireFound(id);
        record(actor, "tenant.purge-started", tenant, "purge of tenant '" + tenant.name() + "' started again ("
                + why + "): it continues with what is left");
    }

    /**
     * The last chunk of a purge: the tenant row with its permissions and credentials (and whatever was written for
     * it since its tables were emptied), the purge's end, and the {@code tenant.purged} entry in the name of whoever
     * asked for it. Nothing when the tenant is already gone.
     */
    @Transactional
    public void finishPurge(UUID id) {
        Optional<Tenant> tenant = repository.find(id);
        Optional<TenantPurgeRepository.StoredPurge> purge = purges.find(id);
        if (tenant.isEmpty() || purge.isEmpty()) {
            return;
        }
        changes.fire(new TenantChanged(id));
        repository.deleteTenant(id);
        purges.ended(id, now());
        long rows = purge.get().deleted().values().stream().mapToLong(Long::longValue).sum();
        LOG.log(Level.INFO, "tenant {0} purged [correlationId={1}]", new Object[] {id, purge.get().correlationId()});
        record(new Actor(purge.get().requestedBy(), purge.get().correlationId()), "tenant.purged", tenant.get(),
                "purged tenant '" + tenant.get().name() + "' with its credentials, permissions and collected data ("
                        + rows + " rows)");
    }

    /** 409 while the tenant is being purged: it can no longer be enabled, changed or verified. */
    private static void requireNotPurging(Tenant tenant) {
        if (tenant.purging()) {
            throw TenantProblems.purgeRunning(tenant.id());
        }
    }

    /** 404 for an unknown tenant, 409 for a disabled one: nothing is collected or imported for it. */
    public void requireEnabled(UUID id) {
        if (!requireFound(id).enabled()) {
            throw TenantProblems.conflict("Tenant " + id + " is disabled: nothing is stored for it. Enable it (PUT with"
                    + " \"enabled\": true) first.");
        }
    }

    /** The tenant, when it exists and is disabled: 404 or 409 otherwise. */
    public Tenant requireDisabled(UUID id) {
        Tenant tenant = requireFound(id);
        if (tenant.enabled()) {
            throw TenantProblems.conflict("Tenant " + id + " is enabled; disable it (DELETE without purge) before"
                    + " purging it.");
        }
        return tenant;
    }

    public TenantView find(UUID id) {
        return view(requireFound(id));
    }

    /** The tenant whose verified Genesys org this is (org ids are unique among tenants), if any. */
    public Optional<TenantView> findByGenesysOrgId(String orgId) {
        return repository.findByGenesysOrgId(orgId).map(t -> view(t, null, null));
    }

    /**
     * What is wrong with the keys of the tenant's active secret, if anything, naming key ids only: no key can seal
     * new secrets (a credential replacement would fail), or the secret is sealed with a key that is no longer the
     * active one (it opens, but retiring that key would lock the tenant out until the secret is replaced).
     */
    public Optional<String> secretKeyProblem(UUID tenantId) {
        if (secrets.misconfiguration() != null || !secrets.cipher().canEncrypt()) {
            return Optional.of("no active secret key is configured (tenant.secret-active-key): credentials cannot be"
                    + " replaced");
        }
        return repository.findActiveCredential(tenantId).map(c -> c.secret().keyId())
                .filter(keyId -> !secrets.cipher().isActive(keyId))
                .map(keyId -> "the client secret is sealed with key id '" + keyId + "', not the active key: re-seal"
                        + " the stored secrets (POST /api/admin/secret-keys/reseal) before that key is retired");
    }

    /**
     * Why the tenant's stored base URL may not be called, or empty: a tenant with explicit URLs whose origin the
     * configuration no longer lists (each call to it is refused as well).
     */
    public Optional<String> endpointProblem(TenantView tenant) {
        if (tenant.region() != null) {
            return Optional.empty();
        }
        ExplicitOrigins origins = config.explicitOrigins();
        return origins.refusal(URI.create(tenant.apiBaseUrl()))
                .or(() -> origins.refusal(URI.create(tenant.loginBaseUrl())));
    }

    /** One page of tenants by name, optionally only enabled or disabled ones, or of one state. */
    public TenantPage page(Boolean enabled, TenantState state, String cursor, int limit) {
        String after = cursor == null || cursor.isEmpty() ? null : TenantCursor.decode(cursor);
        List<Tenant> tenants = repository.findPage(enabled, state, after, Math.min(limit, MAX_PAGE));
        String next = tenants.size() == limit ? TenantCursor.encode(tenants.get(tenants.size() - 1).nameKey()) : null;
        return new TenantPage(tenants.stream()
                .map(t -> view(t, repository.findActiveCredential(t.id()).orElse(null), null)).toList(), next);
    }

    @Override
    public void requireTenant(UUID tenantId) {
        requireFound(tenantId);
    }

    @Override
    public void requireChangeable(UUID tenantId) {
        requireNotPurging(requireFound(tenantId));
    }

    @Override
    @Transactional
    public PendingCredential storePending(UUID tenantId, ClientCredentials credentials, Actor actor) {
        Tenant tenant = requireFound(tenantId);
        requireNotPurging(tenant);
        secrets.requireWritable();
        UUID credentialId = UUID.randomUUID();
        repository.store(new TenantCredential(tenantId, credentialId, credentials.clientId(),
                secrets.seal(tenantId, credentialId, credentials.clientSecret()), CredentialStatus.PENDING, now(),
                null));
        return new PendingCredential(new TenantConnection(tenantId, credentialId, tenant.apiBaseUrl(),
                tenant.loginBaseUrl(), credentials.clientId(), credentials.clientSecret()), tenant.genesysOrgId());
    }

    @Override
    @Transactional
    public TenantView activate(UUID tenantId, UUID credentialId, Verification verification, Actor actor) {
        Tenant tenant = requireFound(tenantId);
        requireNotPurging(tenant);
        TenantCredential credential = repository.findCredential(tenantId, credentialId)
                .orElseThrow(() -> TenantProblems.conflict("The new credential of tenant " + tenantId
                        + " vanished while it was verified."));
        requireOrgFree(verification.orgId(), tenantId);
        Instant now = now();
        repository.activateCredential(tenantId, credentialId, now);
        applyVerification(tenant, verification, now);
        record(actor, "tenant.credentials-replaced", tenant, "credentials replaced (client id "
                + credential.clientId() + "); verification " + verification.outcome());
        return view(tenant);
    }

    @Override
    @Transactional
    public void reject(UUID tenantId, UUID credentialId, Verification verification, String reason, Actor actor) {
        Optional<Tenant> tenant = repository.find(tenantId);
        if (tenant.isEmpty()) {
            return;
        }
        repository.retireCredential(tenantId, credentialId, now());
        record(actor, "tenant.credentials-rejected", tenant.get(), "credentials replacement refused ("
                + (verification == null ? "no verification" : verification.outcome()) + "): " + reason
                + " The active credential stays.");
    }

    @Override
    public TenantConnection activeConnection(UUID tenantId) {
        Tenant tenant = requireFound(tenantId);
        TenantCredential credential = repository.findActiveCredential(tenantId)
                .orElseThrow(() -> TenantProblems.conflict("Tenant " + tenantId + " has no active credential."));
        return connection(tenant, credential);
    }

    @Override
    @Transactional
    public TenantView recordVerification(UUID tenantId, UUID credentialId, Verification verification, Actor actor) {
        Tenant tenant = requireFound(tenantId);
        requireNotPurging(tenant);
        requireOrgFree(verification.orgId(), tenantId);
        Instant now = now();
        if (accepted(verification)) {
            repository.credentialVerified(tenantId, credentialId, now);
        }
        applyVerification(tenant, verification, now);
        record(actor, "tenant.verified", tenant, "verified: " + verification.outcome()
                + (verification.orgId() == null ? "" : ", org " + verification.orgId()));
        return view(tenant);
    }

    @Override
    public List<TenantCredential> allCredentials() {
        return repository.findAllCredentials();
    }

    @Override
    @Transactional
    public boolean replaceSecret(TenantCredential read, EncryptedSecret resealed) {
        return repository.resealCredential(read, resealed);
    }

    @Override
    @Transactional
    public int deleteRetiredCredentials(Instant cutOff) {
        return repository.deleteRetiredCredentials(cutOff);
    }

    @Override
    public List<String> keyIdsInUse() {
        return repository.credentialKeyIds();
    }

    /** How to call the org with this credential, its secret opened. */
    TenantConnection connection(Tenant tenant, TenantCredential credential) {
        return new TenantConnection(tenant.id(), credential.id(), tenant.apiBaseUrl(), tenant.loginBaseUrl(),
                credential.clientId(), secrets.open(credential), tenant.requestsPerMinute());
    }

    private void applyVerification(Tenant tenant, Verification verification, Instant now) {
        tenant.applyVerification(verification, now);
        write(tenant);
        if (verification.orgId() != null) {
            repository.replacePermissions(tenant.id(), verification.permissions(), tenant.verifiedAt());
        }
    }

    private static boolean accepted(Verification v) {
        return v.outcome() == Verification.Outcome.VERIFIED
                || v.outcome() == Verification.Outcome.MISSING_REQUIRED_PERMISSIONS;
    }

    private Tenant requireFound(UUID id) {
        return repository.find(id).orElseThrow(() -> TenantProblems.tenantNotFound(id));
    }

    private void requireNameFree(String name, UUID self) {
        repository.findByNameKey(TenantRules.nameKey(name))
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw TenantProblems.conflict("A tenant named '" + other.name() + "' exists already (names are"
                            + " compared without regard to case).");
                });
    }

    private void requireOrgFree(String orgId, UUID self) {
        if (orgId == null) {
            return;
        }
        repository.findByGenesysOrgId(orgId).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw TenantProblems.conflict("Genesys org " + orgId + " belongs to tenant " + other.id()
                    + " already.");
        });
    }

    private void insert(Tenant tenant) {
        changes.fire(new TenantChanged(tenant.id()));
        try {
            repository.store(tenant);
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                throw TenantProblems.conflict("A tenant named '" + tenant.name() + "' exists already.");
            }
            throw e;
        }
    }

    private void write(Tenant tenant) {
        changes.fire(new TenantChanged(tenant.id()));
        long read = tenant.version();
        boolean written;
        try {
            written = repository.storeChanges(tenant);
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                throw TenantProblems.conflict("The change clashes with another tenant (same name or org).");
            }
            throw e;
        }
        if (!written) {
            throw TenantProblems.conflict("Tenant " + tenant.id() + " was changed by someone else since version "
                    + read + "; read it again.");
        }
    }

    private static ProblemException staleVersion(Tenant tenant) {
        return TenantProblems.conflict("Tenant " + tenant.id() + " is at version " + tenant.version()
                + ", not the version sent; read it again.");
    }

    private void record(Actor actor, String action, Tenant tenant, String detail) {
        audit.record(new AuditEvent(actor.name(), action, "tenant", tenant.id().toString(), tenant.id(), detail,
                actor.correlationId()));
    }

    private static String describe(TenantEndpoint endpoint) {
        return endpoint.isRegion() ? "region " + endpoint.regionDomain() : "API " + endpoint.apiBaseUrl();
    }

    private TenantView view(Tenant tenant) {
        return view(tenant, repository.findActiveCredential(tenant.id()).orElse(null),
                repository.findPermissions(tenant.id()));
    }

    private static TenantView view(Tenant t, TenantCredential active, List<PermissionView> permissions) {
        TenantEndpoint e = t.endpoint();
        return new TenantView(t.id(), t.name(), e.regionDomain(), e.apiBaseUrl().toString(),
                e.loginBaseUrl().toString(), t.enabled(), t.state(), t.genesysOrgId(), t.genesysOrgName(),
                t.eventBridge(), t.requestsPerMinute(), t.fetchJourneySessions(), active == null ? null
                        : active.view(), t.verifiedAt(),
                t.verificationDetail(), permissions, t.createdAt(), t.updatedAt(), t.version(), null);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
