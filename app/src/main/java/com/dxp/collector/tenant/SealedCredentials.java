package com.dxp.collector.tenant;

import java.time.Instant;
import java.util.List;

/**
 * The reads and writes of a re-seal ({@link SecretReseal}), each its own short transaction, so that re-sealing the
 * secrets of every tenant never holds one long transaction open. Implemented by {@link TenantService}; a port so
 * the re-seal is tested without a database.
 */
interface SealedCredentials {

    /** Every stored credential, retired ones included. */
    List<TenantCredential> allCredentials();

    /** Stores the secret sealed anew if the credential is still sealed as it was read; false when it is not. */
    boolean replaceSecret(TenantCredential read, EncryptedSecret resealed);

    /** Deletes the retired credentials retired before {@code cutOff}; how many. */
    int deleteRetiredCredentials(Instant cutOff);

    /** The key ids stored credentials are sealed with, in order. */
    List<String> keyIdsInUse();
}
