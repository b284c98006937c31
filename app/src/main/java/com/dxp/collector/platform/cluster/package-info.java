/**
 * The collector servers that share one database: each server's identity, its heartbeat in the database's clock, and
 * the list of live servers with what each is doing. Features say what they run through {@link
 * com.dxp.collector.platform.cluster.ServerActivity}; nothing here knows the features.
 */
package com.dxp.collector.platform.cluster;
