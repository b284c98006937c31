/**
 * Read keys: API keys an admin issues to the monitoring platform, each reading the tenant read API of the tenants it
 * names and nothing else. Stored as SHA-256 hashes, shown once, revocable, optionally expiring. The API's
 * authentication finds them through the {@link com.dxp.collector.platform.security.KeyLookup} port.
 */
package com.dxp.collector.access;
