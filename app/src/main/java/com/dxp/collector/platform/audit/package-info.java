/** The audit trail: who changed what and when, plus operator notes. Never holds a secret. */
package com.dxp.collector.platform.audit;
