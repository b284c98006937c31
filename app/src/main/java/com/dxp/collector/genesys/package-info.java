/**
 * Everything that talks to Genesys Cloud: regions, the shared token provider, the REST clients and the
 * per-tenant API budget every call passes through.
 */
package com.dxp.collector.genesys;
