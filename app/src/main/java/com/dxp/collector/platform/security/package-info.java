/** Authentication (HTTP Basic against accounts from configuration) and the two roles, admin and viewer. */
package com.dxp.collector.platform.security;
