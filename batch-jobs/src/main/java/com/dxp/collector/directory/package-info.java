/**
 * The {@code directorySync} job: copies a tenant's users, groups, group memberships and, when the tenant
 * granted their permissions, work teams with their members, routing skills, Architect flows and journey segments
 * into the store ({@link com.dxp.collector.directory.DirectoryParts}), and then marks what the source no longer
 * lists as removed. The job sees the world only through
 * {@link com.dxp.collector.directory.DirectorySource}, {@link com.dxp.collector.directory.DirectorySink} and
 * {@link com.dxp.collector.directory.DirectoryProgress}, which the app implements.
 */
package com.dxp.collector.directory;
