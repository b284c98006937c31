/**
 * Tenants: the customer orgs the collector serves, their encrypted OAuth credentials (with rotation), their
 * verification and permission probe results, and the admin API over them.
 */
package com.dxp.collector.tenant;
