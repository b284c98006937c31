package com.dxp.collector.tenant;

import java.time.Instant;

/**
 * One permission as the last verification found it.
 *
 * @param permission the Genesys permission
 * @param required   whether collection needs it
 * @param status     granted, missing or unknown
 * @param errorCode  why it is not granted; absent when granted
 * @param checkedAt  when it was probed
 */
public record PermissionView(String permission, boolean required, PermissionStatus status, String errorCode,
                             Instant checkedAt) {
}
