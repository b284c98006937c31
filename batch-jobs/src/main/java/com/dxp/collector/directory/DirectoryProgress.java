package com.dxp.collector.directory;

/**
 * The directory sync's figures for operators, implemented by the app; keyed by job instance so they add up over
 * restarts.
 */
public interface DirectoryProgress {

    /** {@code calls} more calls made to the directory API. */
    void apiCalls(long jobInstanceId, int calls);

    /**
     * {@code count} more of {@code figure} synced: a kind's label ({@code users}, {@code teams}...), its
     * memberships ({@code memberships}, {@code teamMemberships}) or its removals ({@code removedUsers}...).
     */
    void synced(long jobInstanceId, String figure, int count);
}
