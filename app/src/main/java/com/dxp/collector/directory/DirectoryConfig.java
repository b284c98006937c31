package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.DailySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the directory feature: when the daily sync runs, and the page size of the cursor
 * listings, which Genesys does not document. Defaults in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class DirectoryConfig {

    /** Whether the daily directory sync runs. */
    @Inject
    @ConfigProperty(name = "directory.schedule.enabled")
    boolean scheduleEnabled;

    /** When the daily directory sync starts, UTC ({@code HH:mm}). */
    @Inject
    @ConfigProperty(name = "directory.schedule.at")
    String scheduleAt;

    /**
     * The largest page asked of the cursor listings (work teams, team members): unconfirmed for Genesys (the SDK
     * documents no maximum; 100 is the largest of its other cursor listings); between 1 and 500.
     */
    @Inject
    @ConfigProperty(name = "directory.cursor-page-size")
    int cursorPageSize;

    public boolean scheduleEnabled() {
        return scheduleEnabled;
    }

    public DailySchedule schedule() {
        return DailySchedule.parse("directory.schedule.at", scheduleAt);
    }

    /** {@link #cursorPageSize}, kept within 1 and 500. */
    public int cursorPageSize() {
        return Math.max(1, Math.min(500, cursorPageSize));
    }
}
