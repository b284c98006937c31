package com.dxp.collector.directory;

/**
 * What a directory sync will cost.
 *
 * @param users             users expected (stored ones, or the API's count)
 * @param groups            groups expected
 * @param basis             {@code stored} or {@code probe}
 * @param apiCalls          calls expected: the user and group pages and one member page per group at least
 * @param requestsPerMinute the tenant's API budget
 * @param minutes           expected duration at that budget
 */
public record DirectorySyncEstimate(long users, long groups, String basis, long apiCalls, int requestsPerMinute,
                                    double minutes) {
}
