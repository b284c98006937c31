/**
 * The directory: a tenant's Genesys Cloud users and groups with their membership, as the last sync saw them.
 * Entities a sync no longer finds are marked removed, never deleted, so conversations that name them still resolve.
 * This package reads them for the API and implements the ports of the {@code directorySync} job (issue #7):
 * {@link com.dxp.collector.directory.GenesysDirectorySource} lists them from Genesys,
 * {@link com.dxp.collector.directory.DirectoryWriter} stores them.
 */
package com.dxp.collector.directory;
