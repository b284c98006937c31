package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The bulk side of analytics conversation details: async jobs that read the datalake (lifetime-overlap semantics,
 * data only up to {@code dataAvailabilityDate}), their status on the simulator clock, cursor-paged results with
 * participant attributes, cancellation and the per-org concurrency limit. The job table is bounded: jobs are
 * forgotten one expiry period after they expired.
 */
final class ConversationJobs {

    private static final Logger LOG = Logger.getLogger(ConversationJobs.class.getName());
    private static final int MAX_JOBS = 10_000;

    private final SimulatorSettings settings;
    private final Map<String, ConversationJob> jobs = new ConcurrentHashMap<>();

    private final SlowJobs slowJobs;

    ConversationJobs(SimulatorSettings settings, SlowJobs slowJobs) {
        this.slowJobs = slowJobs;
        this.settings = settings;
    }

    SimResponse submit(ApiCall call) {
        DetailsQueryEndpoint.requirePermission(call);
        JsonObject body = Json.readObject(call.body());
        ConversationQuery query = ConversationQuery.parse(body);
        Integer limit = body.containsKey("limit") && body.get("limit").getValueType() != JsonValue.ValueType.NULL
                ? DetailsQueryEndpoint.intOr(body, "limit", 0) : null;
        if (limit != null && limit < 1) {
            throw ApiException.badRequest("limit must be 1 or more.");
        }
        boolean startOfDay = body.containsKey("startOfDayIntervalMatching")
                && body.get("startOfDayIntervalMatching") == JsonValue.TRUE;
        Instant now = call.now();
        jobs.values().removeIf(job -> job.isForgettable(now));
        List<ConversationJob> active = jobs.values().stream()
                .filter(job -> job.orgId().equals(orgId(call)) && job.isActive(now)).toList();
        if (active.size() >= settings.maxConcurrentJobs()) {
            Instant firstDone = active.stream().map(ConversationJob::completedAt).min(Comparator.naturalOrder())
                    .orElse(now);
            throw ApiException.tooManyRequests("Too many concurrent analytics jobs for this organization; the limit is "
                    + settings.maxConcurrentJobs() + ".", Duration.between(now, firstDone).toSeconds() + 1);
        }
        if (jobs.size() >= MAX_JOBS) {
            throw ApiException.tooManyRequests("Too many analytics jobs.", 60);
        }
        ConversationJob job = new ConversationJob(orgId(call), query, startOfDay, limit, now,
                slowJobs.queuedFor(settings.jobQueuedFor()), settings.jobPendingFor(), settings.jobExpiry());
        jobs.put(job.id(), job);
        LOG.log(Level.FINE, "job {0} submitted for org {1}", new Object[] {job.id(), job.orgId()});
        return SimResponse.json(202, Json.write(g -> g.writeStartObject().write("jobId", job.id()).writeEnd()));
    }

    SimResponse status(ApiCall call) {
        DetailsQueryEndpoint.requirePermission(call);
        ConversationJob job = job(call);
        ConversationJob.State state = job.state(call.now());
        if (state == ConversationJob.State.FULFILLED) {
            // the job's work (selecting its conversations) is done by the time a client sees FULFILLED, as in
            // the real service; result pages then only page
            resultIds(job, call.grant().org().conversations(),
                    job.completedAt().minus(settings.dataAvailabilityLag()));
        }
        return SimResponse.ok(Json.write(g -> {
            g.writeStartObject().write("state", state.name())
                    .write("submissionDate", Json.timestamp(job.submittedAt()));
            if (!job.wasCancelled() && !job.completedAt().isAfter(call.now())) {
                g.write("completionDate", Json.timestamp(job.completedAt()));
            }
            if (state != ConversationJob.State.QUEUED && state != ConversationJob.State.PENDING) {
                g.write("expirationDate", Json.timestamp(job.expirationDate()));
            }
            g.writeEnd();
        }));
    }

    SimResponse results(ApiCall call) {
        DetailsQueryEndpoint.requirePermission(call);
        ConversationJob job = job(call);
        ConversationJob.State state = job.state(call.now());
        if (state != ConversationJob.State.FULFILLED) {
            throw ApiException.badRequest("Results are not available for a job in state " + state + ".");
        }
        int pageSize = call.intParam("pageSize", settings.maxJobPageSize());
        if (pageSize < 1 || pageSize > settings.maxJobPageSize()) {
            throw ApiException.badRequest("The page size must be between 1 and " + settings.maxJobPageSize() + ".");
        }
        int offset = offset(job, call.param("cursor"));
        Instant availability = job.completedAt().minus(settings.dataAvailabilityLag());
        ConversationCatalog catalog = call.grant().org().conversations();
        List<String> ids = resultIds(job, catalog, availability);
        List<String> page = ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + pageSize));
        int next = offset + page.size();
        // whether jobs need this permission for attributes is unconfirmed; the simulator takes the strict view
        boolean withAttributes = call.grant().has(GenesysPermissions.PARTICIPANT_ATTRIBUTES_VIEW);
        return SimResponse.ok(Json.write(g -> {
            g.writeStartObject().writeStartArray("conversations");
            page.forEach(id -> catalog.find(id, availability).ifPresent(c -> c.writeJson(g, availability, withAttributes)));
            g.writeEnd();
            if (next < ids.size()) {
                g.write("cursor", cursor(job, next));
            }
            g.write("dataAvailabilityDate", Json.timestamp(availability)).writeEnd();
        }));
    }

    SimResponse cancel(ApiCall call) {
        DetailsQueryEndpoint.requirePermission(call);
        job(call).cancel(call.now());
        return SimResponse.noContent();
    }

    SimResponse availability(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.CONVERSATION_DETAIL_VIEW);
        Instant date = call.now().minus(settings.dataAvailabilityLag());
        return SimResponse.ok(Json.write(g -> g.writeStartObject()
                .write("dataAvailabilityDate", Json.timestamp(date)).writeEnd()));
    }

    /**
     * The job's result ids, computed once (when a status check first finds the job FULFILLED, or at the first
     * results read); deterministic from the query and the cut-off.
     */
    private static List<String> resultIds(ConversationJob job, ConversationCatalog catalog, Instant availability) {
        List<String> ids = job.resultIds();
        if (ids != null) {
            return ids;
        }
        ConversationQuery query = job.query();
        QueryInterval interval = query.interval();
        try (Stream<SimConversation> candidates = job.startOfDayMatching()
                ? catalog.startingBetween(interval.firstDayStart(), interval.lastDayEnd(), availability)
                : catalog.overlapping(interval.start(), interval.end(), availability)) {
            List<SimConversation> selected = query.select(candidates, availability);
            Stream<String> selectedIds = selected.stream().map(SimConversation::conversationId);
            ids = (job.limit() == null ? selectedIds : selectedIds.limit(job.limit())).toList();
        }
        job.resultIds(ids);
        return ids;
    }

    private ConversationJob job(ApiCall call) {
        String id = call.pathParam("jobId");
        ConversationJob job = jobs.get(id);
        if (job == null || !job.orgId().equals(orgId(call)) || job.isForgettable(call.now())) {
            throw ApiException.notFound("Unable to find a job with id " + id);
        }
        return job;
    }

    private static UUID orgId(ApiCall call) {
        return call.grant().org().spec().orgId();
    }

    private static String cursor(ConversationJob job, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((job.id() + "|" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(ConversationJob job, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = decoded.lastIndexOf('|');
            if (bar < 0 || !decoded.substring(0, bar).equals(job.id())) {
                throw ApiException.badRequest("Invalid cursor.");
            }
            return Integer.parseInt(decoded.substring(bar + 1));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid cursor.");
        }
    }
}
