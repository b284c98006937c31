/** MicroProfile Health checks: readiness needs the database (and, later, the SQS queues). */
package com.dxp.collector.platform.health;
