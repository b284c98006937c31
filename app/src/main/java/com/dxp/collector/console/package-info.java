/**
 * The operator console: static pages and ES modules under {@code /console} (in {@code src/main/webapp}), served by
 * the WAR and working only through the REST API with a sign-in session ({@code platform.security.ConsoleSessions}).
 */
package com.dxp.collector.console;
