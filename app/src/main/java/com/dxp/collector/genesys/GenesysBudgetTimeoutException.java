package com.dxp.collector.genesys;

/**
 * A caller could not get a permit of its tenant's API budget in time (or too many callers were already
 * waiting): the tenant is busier than its budget allows, so the caller should back off rather than queue on.
 */
public class GenesysBudgetTimeoutException extends GenesysException {

    public GenesysBudgetTimeoutException(String message) {
        super(message);
    }
}
