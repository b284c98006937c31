package com.dxp.collector.genesys;

/**
 * A base URL the configuration does not allow to be called: not a Genesys region's, and not one of the explicit
 * origins listed ({@code tenant.explicit-base-url-origins}). Nothing was sent there; the tenant's URL or the list
 * must change before its work can go on.
 */
public class GenesysEndpointRefusedException extends GenesysException {

    public GenesysEndpointRefusedException(String message) {
        super(message);
    }
}
