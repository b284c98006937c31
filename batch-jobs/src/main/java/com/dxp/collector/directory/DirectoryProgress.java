package com.dxp.collector.directory;

/**
 * The directory sync's figures for operators, implemented by the app; keyed by job instance so they add up over
 * restarts.
 */
public interface DirectoryProgress {

    /** {@code calls} more calls made to the directory API. */
    void apiCalls(long jobInstanceId, int calls);

    /** {@code count} more entities of {@code kind} ({@code users}, {@code groups}, {@code memberships},
     *  {@code removedUsers}, {@code removedGroups}) synced. */
    void synced(long jobInstanceId, String kind, int count);
}
