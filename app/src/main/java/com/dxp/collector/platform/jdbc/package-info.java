/**
 * Plain-JDBC plumbing shared by the repositories that do not use JPA (tenants, the conversation store and its
 * reads, the directory and event tables): statement helpers, value conversions and the one exception their
 * failures surface as.
 */
package com.dxp.collector.platform.jdbc;
