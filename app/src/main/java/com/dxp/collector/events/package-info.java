/**
 * Events: what Genesys Cloud pushes through EventBridge and SQS besides conversation triggers, namely user token
 * events (user sessions) and operational events, stored once each by their EventBridge event id. This package reads
 * them for the API; the poller (issue #6) writes them.
 */
package com.dxp.collector.events;
