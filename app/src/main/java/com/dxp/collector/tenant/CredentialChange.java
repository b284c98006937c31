package com.dxp.collector.tenant;

/**
 * What a credential replacement came to: accepted (now active) with the tenant as it is now, or refused with
 * the reason; either way the verification that decided it.
 *
 * @param accepted     whether the new credential is now the active one
 * @param tenant       the tenant after the change; present when accepted
 * @param verification the verification of the new credential
 * @param reason       why it was refused; absent when accepted
 */
public record CredentialChange(boolean accepted, TenantView tenant, Verification verification, String reason) {
}
