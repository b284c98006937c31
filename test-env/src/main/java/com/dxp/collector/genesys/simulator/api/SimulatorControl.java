package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.events.EventTopic;
import com.dxp.collector.genesys.simulator.events.LiveEventStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a test (or the control API) may change while the simulator runs: revoke and reinstate OAuth clients,
 * inject and clear faults, read and reset the request log, remove users from their org, hold back completions,
 * remove teams, team members, skills, flows and journey segments, give a client a smaller request budget, keep analytics jobs queued longer, and stop publishing an org's events
 * (all, or one topic) as a lost EventBridge integration would.
 */
public final class SimulatorControl {

    private final TokenRegistry tokens;
    private final FaultInjector faults;
    private final RequestLog requests;
    private final RemovedUsers removedUsers;
    private final RemovedReferenceData removedReferenceData;
    private final LateCompletions lateCompletions;
    private final RateLimiter rateLimiter;
    private final SlowJobs slowJobs;
    private volatile LiveEventStream live;

    SimulatorControl(TokenRegistry tokens, FaultInjector faults, RequestLog requests, RemovedUsers removedUsers,
                     RemovedReferenceData removedReferenceData, LateCompletions lateCompletions,
                     RateLimiter rateLimiter, SlowJobs slowJobs) {
        this.removedReferenceData = removedReferenceData;
        this.slowJobs = slowJobs;
        this.tokens = tokens;
        this.faults = faults;
        this.requests = requests;
        this.removedUsers = removedUsers;
        this.lateCompletions = lateCompletions;
        this.rateLimiter = rateLimiter;
    }

    /** The live event stream the control API's mute and unmute act on (the standalone simulator's). */
    public void attach(LiveEventStream stream) {
        this.live = stream;
    }

    /**
     * Stops publishing the org's live events of these topics (all when none is named): the org's conversations go
     * on without events, as when its EventBridge integration is deleted or loses a topic.
     *
     * @return false when no live stream runs
     */
    public boolean muteEvents(UUID orgId, EventTopic... topics) {
        Optional.ofNullable(live).ifPresent(l -> l.mute(orgId, topics));
        return live != null;
    }

    /** Publishes the org's live events again; false when no live stream runs. */
    public boolean unmuteEvents(UUID orgId) {
        Optional.ofNullable(live).ifPresent(l -> l.unmute(orgId));
        return live != null;
    }

    /**
     * Gives a client's tokens a request budget of their own, below the simulator's: as an org with a smaller limit,
     * it publishes it through the limits API and refuses (429) what goes beyond it ({@link RequestLog#overBudget}).
     *
     * @throws IllegalArgumentException for a client no org has, or a limit below 1
     */
    public void limitRequests(String clientId, int perMinute) {
        requireKnown(clientId);
        rateLimiter.limitClient(clientId, perMinute);
    }

    /** Undoes {@link #limitRequests}: the client's tokens have the simulator's budget again. */
    public void unlimitRequests(String clientId) {
        requireKnown(clientId);
        rateLimiter.limitClient(clientId, null);
    }

    /** Slow analytics jobs: each job submitted from now on stays QUEUED {@code extra} longer (zero: as set). */
    public void queueJobsLonger(Duration extra) {
        slowJobs.queueFor(extra);
    }

    /**
     * Late data: while {@code held}, the details query and GETs show every conversation as it was when its customer
     * left, not complete (async jobs are not affected).
     */
    public void holdCompletions(boolean held) {
        lateCompletions.hold(held);
    }

    /** Removes a user from their org: the user and group member listings no longer show them. */
    public void removeUser(String userId) {
        removedUsers.remove(userId);
    }

    /** Undoes {@link #removeUser}. */
    public void restoreUser(String userId) {
        removedUsers.restore(userId);
    }

    /** Removes a work team: the teams listing no longer shows it, its members listing answers 404. */
    public void removeTeam(String teamId) {
        removedReferenceData.remove(RemovedReferenceData.Kind.TEAM, teamId);
    }

    /** Undoes {@link #removeTeam}. */
    public void restoreTeam(String teamId) {
        removedReferenceData.restore(RemovedReferenceData.Kind.TEAM, teamId);
    }

    /** Takes a user out of a work team: the team's members listing no longer shows them. */
    public void removeTeamMember(String teamId, String userId) {
        removedReferenceData.removeMember(teamId, userId);
    }

    /** Undoes {@link #removeTeamMember}. */
    public void restoreTeamMember(String teamId, String userId) {
        removedReferenceData.restoreMember(teamId, userId);
    }

    /** Removes a routing skill: neither the skills listing nor the users' {@code skills} show it. */
    public void removeSkill(String skillId) {
        removedReferenceData.remove(RemovedReferenceData.Kind.SKILL, skillId);
    }

    /** Undoes {@link #removeSkill}. */
    public void restoreSkill(String skillId) {
        removedReferenceData.restore(RemovedReferenceData.Kind.SKILL, skillId);
    }

    /** Removes an Architect flow from the flows listing (conversations that ran it still name it). */
    public void removeFlow(String flowId) {
        removedReferenceData.remove(RemovedReferenceData.Kind.FLOW, flowId);
    }

    /** Undoes {@link #removeFlow}. */
    public void restoreFlow(String flowId) {
        removedReferenceData.restore(RemovedReferenceData.Kind.FLOW, flowId);
    }

    /** Removes a journey segment from the segments listing. */
    public void removeJourneySegment(String segmentId) {
        removedReferenceData.remove(RemovedReferenceData.Kind.JOURNEY_SEGMENT, segmentId);
    }

    /** Undoes {@link #removeJourneySegment}. */
    public void restoreJourneySegment(String segmentId) {
        removedReferenceData.restore(RemovedReferenceData.Kind.JOURNEY_SEGMENT, segmentId);
    }

    /**
     * Revokes a client: its tokens answer 401 {@code bad.credentials}, new token requests 401 {@code invalid_client}.
     *
     * @throws IllegalArgumentException for a client no org has
     */
    public void revokeClient(String clientId) {
        requireKnown(clientId);
        tokens.revoke(clientId);
    }

    /** Lets a revoked client obtain tokens again (its old tokens stay invalid). */
    public void reinstateClient(String clientId) {
        requireKnown(clientId);
        tokens.reinstate(clientId);
    }

    public void inject(Fault... toInject) {
        for (Fault fault : toInject) {
            faults.inject(fault);
        }
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Faults still in force (those with a spent {@code times} are gone). */
    public List<Fault> faults() {
        return faults.faults();
    }

    public RequestLog requests() {
        return requests;
    }

    private void requireKnown(String clientId) {
        if (!tokens.isKnownClient(clientId)) {
            throw new IllegalArgumentException("unknown client " + clientId);
        }
    }
}
