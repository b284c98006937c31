/**
 * The tenant-purge job: deletes a tenant's rows table by table, a bounded chunk per transaction, through
 * {@link TenantRows}, and the tenant itself last.
 */
package com.dxp.collector.tenant;
