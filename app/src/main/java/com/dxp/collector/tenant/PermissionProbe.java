package com.dxp.collector.tenant;

/**
 * The probe result for one permission.
 *
 * @param permission the Genesys permission, for example {@code analytics:conversationDetail:view}
 * @param required   whether the collector cannot work without it
 * @param status     granted, missing or unknown
 * @param errorCode  the Genesys error code (or HTTP status) when not granted; null when granted
 */
public record PermissionProbe(String permission, boolean required, PermissionStatus status, String errorCode) {
}
