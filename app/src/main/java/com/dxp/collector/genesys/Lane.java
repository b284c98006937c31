package com.dxp.collector.genesys;

/**
 * Priority of a Genesys call within its tenant's API budget: a live call (a customer just left) goes before a
 * directory sync, which goes before a backfill; so a long backfill never delays fresh data.
 */
public enum Lane {
    /** Live enrichment and interactive calls (verification). */
    LIVE,
    /** Directory syncs: users, groups, members. */
    DIRECTORY,
    /** Historical backfill: queries and async jobs. */
    BACKFILL
}
