/** The audit-retention job: purges audit entries older than the retention period through {@link AuditPurge}. */
package com.dxp.collector.platform.audit;
