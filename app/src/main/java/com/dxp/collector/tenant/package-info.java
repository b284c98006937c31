/**
 * Tenants: the customer orgs the collector serves, their encrypted OAuth credentials (with rotation), their
 * verification and permission probe results, and the admin API over them ({@code /api/admin/tenants}). Other
 * features use {@link com.dxp.collector.tenant.TenantConnections} to call a tenant's org and
 * {@link com.dxp.collector.tenant.TenantGate} to ask whether they may work for it.
 */
package com.dxp.collector.tenant;
