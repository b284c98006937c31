/** The JAX-RS application, JSON-B settings, correlation ids and the mapping of failures to problem+json. */
package com.dxp.collector.platform.rest;
