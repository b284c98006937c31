package com.dxp.collector.tenant;

import static com.dxp.collector.platform.schema.UtcTimestamps.column;
import static com.dxp.collector.platform.schema.UtcTimestamps.instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored OAuth client of a tenant ({@code tenant_credential}): the client id in clear, the secret only
 * sealed (ciphertext and nonce, with the id of the key). Its status moves from pending or active to retired, never
 * back. {@link #toString()} shows no secret material.
 */
@Entity
@Table(name = "tenant_credential")
@IdClass(TenantCredential.Key.class)
@NamedQuery(name = "TenantCredential.findAll",
        query = "SELECT c FROM TenantCredential c ORDER BY c.tenantId, c.id")
@NamedQuery(name = "TenantCredential.findActiveByTenant", query = "SELECT c FROM TenantCredential c"
        + " WHERE c.tenantId = :tenantId AND c.status = :active ORDER BY c.createdAt DESC")
@NamedQuery(name = "TenantCredential.findKeyIds",
        query = "SELECT DISTINCT c.keyId FROM TenantCredential c ORDER BY c.keyId")
@NamedQuery(name = "TenantCredential.reseal", query = "UPDATE TenantCredential c SET c.keyId = :keyId,"
        + " c.secretNonce = :nonce, c.secretCiphertext = :ciphertext"
        + " WHERE c.tenantId = :tenantId AND c.id = :id AND c.keyId = :readKeyId")
@NamedQuery(name = "TenantCredential.deleteRetiredBefore", query = "DELETE FROM TenantCredential c"
        + " WHERE c.status = :retired AND c.retiredAt < :cutOff")
@NamedQuery(name = "TenantCredential.deleteByTenant",
        query = "DELETE FROM TenantCredential c WHERE c.tenantId = :tenantId")
public class TenantCredential {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Id
    private UUID id;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "key_id")
    private String keyId;

    @Column(name = "secret_nonce")
    private byte[] secretNonce;

    @Column(name = "secret_ciphertext")
    private byte[] secretCiphertext;

    @Enumerated(EnumType.STRING)
    private CredentialStatus status;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    protected TenantCredential() {
        // for JPA
    }

    /**
     * @param tenantId   the tenant
     * @param id         the credential id
     * @param clientId   the OAuth client id
     * @param secret     the sealed secret
     * @param status     active, pending or retired
     * @param createdAt  when stored
     * @param verifiedAt when a verification last accepted it
     */
    public TenantCredential(UUID tenantId, UUID id, String clientId, EncryptedSecret secret, CredentialStatus status,
                            Instant createdAt, Instant verifiedAt) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.id = Objects.requireNonNull(id, "id");
        this.clientId = clientId;
        this.keyId = secret.keyId();
        this.secretNonce = secret.nonce();
        this.secretCiphertext = secret.ciphertext();
        this.status = status;
        this.createdAt = column(createdAt);
        this.verifiedAt = column(verifiedAt);
    }

    /** In use from now on, as a verification accepted it now. */
    void activate(Instant now) {
        status = CredentialStatus.ACTIVE;
        verifiedAt = column(now);
    }

    /** Replaced or refused: kept until the retention deletes it. */
    void retire(Instant now) {
        status = CredentialStatus.RETIRED;
        retiredAt = column(now);
    }

    /** A verification accepted it now. */
    void verified(Instant now) {
        verifiedAt = column(now);
    }

    CredentialView view() {
        return new CredentialView(id, clientId, true, status, createdAt(), verifiedAt());
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public EncryptedSecret secret() {
        return new EncryptedSecret(keyId, secretNonce, secretCiphertext);
    }

    public CredentialStatus status() {
        return status;
    }

    public Instant createdAt() {
        return instant(createdAt);
    }

    public Instant verifiedAt() {
        return instant(verifiedAt);
    }

    @Override
    public String toString() {
        return "TenantCredential[tenantId=" + tenantId + ", id=" + id + ", clientId=" + clientId + ", keyId="
                + keyId + ", status=" + status + "]";
    }

    /** The identity of a credential: its tenant and its own id. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID tenantId;
        private UUID id;

        public Key() {
            // for JPA
        }

        Key(UUID tenantId, UUID id) {
            this.tenantId = tenantId;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, id);
        }
    }
}
