package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.DailySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the backfill: how far back a run may reach, how its windows are read, and the figures
 * its estimate assumes. Defaults in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class BackfillConfig {

    /** How many days back from now a backfill may start. */
    @Inject
    @ConfigProperty(name = "backfill.max-days")
    int maxDays;

    /** Windows of a run read in parallel (each is a partition of the job). */
    @Inject
    @ConfigProperty(name = "backfill.concurrency")
    int concurrency;

    /** Query window length when the request names none, ISO-8601 (at most P7D). */
    @Inject
    @ConfigProperty(name = "backfill.window-size")
    String windowSize;

    /**
     * Job window length when the request names none, ISO-8601: each job costs a submission and status polls and has
     * no paging cap, so history goes best in large windows.
     */
    @Inject
    @ConfigProperty(name = "backfill.job-window-size")
    String jobWindowSize;

    /** Records per details query page (the API's maximum is assumed to be 100). */
    @Inject
    @ConfigProperty(name = "backfill.query-page-size")
    int queryPageSize;

    /** Records per async job results page (the API's maximum is assumed to be 1000). */
    @Inject
    @ConfigProperty(name = "backfill.job-page-size")
    int jobPageSize;

    /** Pause between polls of an async job's state, ISO-8601. */
    @Inject
    @ConfigProperty(name = "backfill.job-poll-interval")
    String jobPollInterval;

    /**
     * Transaction timeout of one backfill chunk (a page stored with its checkpoint), seconds: the waits for a page
     * happen before the transaction, so this bounds only storing it.
     */
    @Inject
    @ConfigProperty(name = "backfill.chunk-timeout-seconds")
    int chunkTimeoutSeconds;

    /** Status polls the estimate assumes per async job. */
    @Inject
    @ConfigProperty(name = "backfill.estimate.polls-per-job")
    int pollsPerJob;

    /** Whether the nightly catch-up backfill runs. */
    @Inject
    @ConfigProperty(name = "backfill.schedule.enabled")
    boolean scheduleEnabled;

    /** When the nightly catch-up backfill starts, UTC ({@code HH:mm}). */
    @Inject
    @ConfigProperty(name = "backfill.schedule.at")
    String scheduleAt;

    /** How many days back the nightly catch-up reaches at most. */
    @Inject
    @ConfigProperty(name = "backfill.schedule.days")
    int scheduleDays;

    public boolean scheduleEnabled() {
        return scheduleEnabled;
    }

    public DailySchedule schedule() {
        return DailySchedule.parse("backfill.schedule.at", scheduleAt);
    }

    public int scheduleDays() {
        return Math.max(1, scheduleDays);
    }

    public Duration maxAge() {
        return Duration.ofDays(Math.max(1, maxDays));
    }

    public int chunkTimeoutSeconds() {
        return Math.max(1, chunkTimeoutSeconds);
    }

    public int concurrency() {
        return Math.max(1, Math.min(16, concurrency));
    }

    public String windowSize() {
        return windowSize;
    }

    public String jobWindowSize() {
        return jobWindowSize;
    }

    public int queryPageSize() {
        return Math.max(1, Math.min(100, queryPageSize));
    }

    public int jobPageSize() {
        return Math.max(1, Math.min(1000, jobPageSize));
    }

    public String jobPollInterval() {
        return jobPollInterval;
    }

    public int pollsPerJob() {
        return Math.max(1, pollsPerJob);
    }
}
