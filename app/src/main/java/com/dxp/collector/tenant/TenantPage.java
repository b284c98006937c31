package com.dxp.collector.tenant;

import java.util.List;

/**
 * One page of tenants, by name.
 *
 * @param tenants    in name order (case-insensitive)
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
public record TenantPage(List<TenantView> tenants, String nextCursor) {
}
