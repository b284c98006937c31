package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.DailySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the directory feature: when the daily sync runs. Defaults in
 * {@code META-INF/microprofile-config.properties}.
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

    public boolean scheduleEnabled() {
        return scheduleEnabled;
    }

    public DailySchedule schedule() {
        return DailySchedule.parse("directory.schedule.at", scheduleAt);
    }
}
