/**
 * What every feature stands on: the REST application and its error mapping, JSON-B settings, security (the
 * admin and viewer roles), schema migration at start, health checks and the audit trail.
 */
package com.dxp.collector.platform;
