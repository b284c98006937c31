package com.dxp.collector.backfill;

import com.dxp.collector.conversation.ConversationKeys;
import com.dxp.collector.conversation.ConversationRecordParser;
import com.dxp.collector.conversation.RawConversations;
import com.dxp.collector.genesys.AnalyticsDetailsClient;
import com.dxp.collector.genesys.AnalyticsJobsClient;
import com.dxp.collector.genesys.GenesysResponse;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A tenant's conversation history as the backfill reads it: the analytics details query and async jobs, called
 * through the gateway on the tenant's backfill lane (so live enrichment always goes first and the tenant's budget is
 * shared, never exceeded). Pages are cut into records byte for byte; only each record's id and start are read here.
 * The next page of a job's results is read while the current one is stored ({@link PageReadAhead}).
 * Gateway failures become the port's exceptions: transient ones are retried by the chunk, long rate-limit waits
 * are waited out by the reader, refusals fail the window with the API's answer.
 */
@ApplicationScoped
public class GenesysConversationHistory implements ConversationHistory {

    @Inject
    BackfillLane lane;

    @Resource(lookup = "concurrent/collector")
    ManagedExecutorService executor;


    private final ConversationRecordParser parser = new ConversationRecordParser();

    /** The next results page of up to 4 jobs (2 per partition at most), dropped after 2 minutes unread. */
    private final PageReadAhead<JobPage> readAhead = new PageReadAhead<>(4, Duration.ofMinutes(2).toNanos());

    @Override
    public Instant dataAvailabilityDate(UUID tenantId) {
        GenesysResponse r = call(tenantId, "analytics.jobs.availability", AnalyticsJobsClient.class,
                AnalyticsJobsClient::availability);
        String date = page(r.bytes()).fields().get("dataAvailabilityDate");
        try {
            return Instant.parse(date);
        } catch (NullPointerException | DateTimeParseException e) {
            throw new HistoryRefusedException("analytics.jobs.availability of tenant " + tenantId
                    + " gave no dataAvailabilityDate");
        }
    }

    @Override
    public QueryPage queryPage(UUID tenantId, Instant start, Instant end, int pageNumber, int pageSize) {
        JsonObject query = Json.createObjectBuilder().add("interval", start + "/" + end).add("order", "asc")
                .add("orderBy", "conversationStart")
                .add("paging", Json.createObjectBuilder().add("pageSize", pageSize).add("pageNumber", pageNumber))
                .build();
        GenesysResponse r = call(tenantId, "analytics.details.query", AnalyticsDetailsClient.class,
                c -> c.query(query));
        RawConversations.Page page = page(r.bytes());
        String hits = page.fields().get("totalHits");
        try {
            return new QueryPage(records(page), hits == null ? 0 : Long.parseLong(hits));
        } catch (NumberFormatException e) {
            throw new HistoryUnavailableException("a details query page gave totalHits " + hits);
        }
    }

    @Override
    public String submitJob(UUID tenantId, Instant start, Instant end) {
        JsonObject job = Json.createObjectBuilder().add("interval", start + "/" + end).add("order", "asc")
                .add("orderBy", "conversationStart").build();
        GenesysResponse r = call(tenantId, "analytics.jobs.submit", AnalyticsJobsClient.class, c -> c.submit(job));
        String id = page(r.bytes()).fields().get("jobId");
        if (id == null) {
            throw new HistoryUnavailableException("analytics.jobs.submit answered without a jobId");
        }
        return id;
    }

    @Override
    public JobStatus jobStatus(UUID tenantId, String jobId) {
        GenesysResponse r = call(tenantId, "analytics.jobs.status", AnalyticsJobsClient.class, c -> c.status(jobId));
        if (r.status() == 404) {
            // forgotten after it expired: the reader submits a new job for what it has not read
            return JobStatus.of(JobStatus.State.EXPIRED);
        }
        Map<String, String> fields = page(r.bytes()).fields();
        try {
            return new JobStatus(JobStatus.State.valueOf(fields.get("state")), fields.get("errorMessage"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HistoryUnavailableException("analytics.jobs.status answered an unknown state: "
                    + fields.get("state"));
        }
    }

    @Override
    public JobPage jobResults(UUID tenantId, String jobId, String cursor, int pageSize) {
        JobPage page = readAhead.take(key(tenantId, jobId, cursor, pageSize));
        if (page == null) {
            page = readResults(tenantId, jobId, cursor, pageSize);
        }
        String next = page.nextCursor();
        if (next != null) {
            readAhead.readAhead(key(tenantId, jobId, next, pageSize), executor,
                    () -> readResults(tenantId, jobId, next, pageSize));
        }
        return page;
    }

    private static String key(UUID tenantId, String jobId, String cursor, int pageSize) {
        return tenantId + "/" + jobId + "/" + cursor + "/" + pageSize;
    }

    private JobPage readResults(UUID tenantId, String jobId, String cursor, int pageSize) {
        GenesysResponse r = call(tenantId, "analytics.jobs.results", AnalyticsJobsClient.class,
                c -> c.results(jobId, cursor, pageSize));
        if (r.status() == 404) {
            throw new JobResultsExpiredException("the results of analytics job " + jobId + " are gone");
        }
        RawConversations.Page page = page(r.bytes());
        String next = page.fields().get("cursor");
        return new JobPage(records(page), next == null || next.isEmpty() ? null : next);
    }

    /**
     * Up to 100 conversations by id in one batch details call on the backfill lane (reconciliation's re-fetch of
     * records still incomplete); ids Genesys does not know are absent from the answer.
     */
    public List<HistoricalConversation> byIds(UUID tenantId, List<UUID> ids) {
        String joined = String.join(",", ids.stream().map(UUID::toString).toList());
        GenesysResponse r = call(tenantId, "analytics.details.batch", AnalyticsDetailsClient.class,
                c -> c.conversations(joined));
        return r.status() == 404 ? List.of() : records(page(r.bytes()));
    }

    /** Any answer of the analytics API read in one pass: its conversations, if any, and its scalar fields. */
    private static RawConversations.Page page(byte[] body) {
        try {
            return RawConversations.page(body);
        } catch (IllegalArgumentException e) {
            throw new HistoryUnavailableException("a page of conversations could not be read: " + e.getMessage());
        }
    }

    /** The page's records, each with its id and start when they can be read (else it is skipped and reported). */
    private List<HistoricalConversation> records(RawConversations.Page page) {
        List<HistoricalConversation> out = new ArrayList<>(page.conversations().size());
        for (String json : page.conversations()) {
            ConversationKeys keys;
            try {
                keys = parser.keys(json);
            } catch (IllegalArgumentException e) {
                keys = new ConversationKeys(null, null);
            }
            out.add(new HistoricalConversation(keys.conversationId(), keys.start(), json));
        }
        return out;
    }

    /**
     * One call on the backfill lane. A 2xx or 404 answer is returned (404 means something to jobs); any other answer
     * refuses the window with the status and Genesys's error code.
     */
    private <C> GenesysResponse call(UUID tenantId, String endpoint, Class<C> api, Function<C, Response> request) {
        return lane.call(tenantId, endpoint, api, request);
    }
}
