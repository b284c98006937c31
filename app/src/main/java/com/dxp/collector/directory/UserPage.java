package com.dxp.collector.directory;

import java.util.List;

/** One page of users by id; pass {@code nextCursor} as {@code cursor} for the next (absent on the last page). */
public record UserPage(List<DirectoryUser> users, String nextCursor) {
}
