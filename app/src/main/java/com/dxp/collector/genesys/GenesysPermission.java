package com.dxp.collector.genesys;

import com.dxp.collector.tenant.PermissionProbe;
import com.dxp.collector.tenant.PermissionStatus;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Genesys permissions the collector asks tenants for (DESIGN.md §1), each with the cheapest call that proves
 * it is held: a 2xx (or, for journey sessions, the 404 of a random id) means granted, 403
 * {@code missing.any.permissions} (or {@code missing.permissions}, {@code not.authorized}) means missing.
 */
public enum GenesysPermission {

    CONVERSATION_DETAIL_VIEW("analytics:conversationDetail:view", true, Lane.LIVE, false,
            probe(AnalyticsJobsClient.class, AnalyticsJobsClient::availability)),
    GROUP_VIEW("directory:group:view", true, Lane.DIRECTORY, false,
            probe(GroupsClient.class, c -> c.groups(1, 1))),
    USER_VIEW("directory:user:view", true, Lane.DIRECTORY, false,
            probe(UsersClient.class, c -> c.users(1, 1, null))),
    FLOW_VIEW("architect:flow:view", false, Lane.DIRECTORY, false,
            probe(PermissionProbeClient.class, c -> c.flows(1))),
    PARTICIPANT_ATTRIBUTES_VIEW("conversation:participant:attributesview", false, Lane.DIRECTORY, false,
            probe(PermissionProbeClient.class,
                    c -> c.searchParticipantAttributes(Json.createObjectBuilder().build()))),
    TEAM_VIEW("groups:team:view", false, Lane.DIRECTORY, false,
            probe(PermissionProbeClient.class, c -> c.teams(1))),
    SEGMENT_VIEW("journey:segment:view", false, Lane.DIRECTORY, false,
            probe(PermissionProbeClient.class, c -> c.journeySegments(1))),
    SESSION_VIEW("journey:session:view", false, Lane.DIRECTORY, true,
            probe(PermissionProbeClient.class, c -> c.journeySession(UUID.randomUUID().toString()))),
    SKILL_VIEW("routing:skill:view", false, Lane.DIRECTORY, false,
            probe(PermissionProbeClient.class, c -> c.skills(1)));

    /** A probe call: which client, which request. */
    record Probe<C>(Class<C> api, Function<C, Response> request) {
    }

    private final String permission;
    private final boolean required;
    private final Lane lane;
    private final boolean notFoundMeansGranted;
    private final Probe<?> probe;

    GenesysPermission(String permission, boolean required, Lane lane, boolean notFoundMeansGranted,
                      Probe<?> probe) {
        this.permission = permission;
        this.required = required;
        this.lane = lane;
        this.notFoundMeansGranted = notFoundMeansGranted;
        this.probe = probe;
    }

    public String permission() {
        return permission;
    }

    public boolean required() {
        return required;
    }

    Lane lane() {
        return lane;
    }

    Probe<?> probe() {
        return probe;
    }

    /** What a probe's answer says about this permission. */
    public PermissionProbe classify(GenesysResponse response) {
        int status = response.status();
        if (response.isSuccess() || (status == 404 && notFoundMeansGranted)) {
            return new PermissionProbe(permission, required, PermissionStatus.GRANTED, null);
        }
        String code = response.errorCode();
        if (status == 403 && (code.equals("missing.any.permissions") || code.equals("missing.permissions")
                || code.equals("not.authorized"))) {
            return new PermissionProbe(permission, required, PermissionStatus.MISSING, code);
        }
        return unknown(code);
    }

    /** The probe could not tell; {@code errorCode} says why. */
    public PermissionProbe unknown(String errorCode) {
        return new PermissionProbe(permission, required, PermissionStatus.UNKNOWN, errorCode);
    }

    private static <C> Probe<C> probe(Class<C> api, Function<C, Response> request) {
        return new Probe<>(api, request);
    }
}
