package com.dxp.collector.genesys.simulator;

import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The data behind the six optional permissions that conversations refer to by id: work teams and their members,
 * routing skills (and which users hold them), Architect flows, journey segments and journey sessions. Generated
 * from the org's seed like the {@link OrgDirectory}, never stored; integration tests compare the collector's store
 * with the id accessors, the API writes entities with the writers. Lists keep a fixed order, the listing's; an
 * unknown id yields an empty list, and writing an unknown entity throws {@link IllegalArgumentException}.
 */
public interface OrgReferenceData {

    /** An org without any of this data: every list empty, every session unknown. */
    OrgReferenceData NONE = new Empty();

    /** Ids of all work teams, in listing order (by name). */
    List<String> teamIds();

    /** User ids of a team's members, in listing order; a user is a member of at most one team. */
    List<String> teamMemberIds(String teamId);

    /** The name {@code GET /api/v2/teams?name=} filters on. */
    String teamName(String teamId);

    /** Ids of all routing skills, in listing order (by name). */
    List<String> skillIds();

    String skillName(String skillId);

    /** Ids of the skills a user holds (agents only), in the order {@code expand=skills} writes them. */
    List<String> userSkillIds(String userId);

    /** Ids of all Architect flows, in listing order (by id), including those conversations ran. */
    List<String> flowIds();

    String flowName(String flowId);

    /** The flow's type as the API writes it: {@code INBOUNDCALL}, {@code BOT}, ... */
    String flowType(String flowId);

    /** Ids of all journey segments, in listing order. */
    List<String> journeySegmentIds();

    /** {@code isActive} of a journey segment. */
    boolean journeySegmentActive(String segmentId);

    /** The journey session ids ({@code journeyCustomerSessionId}) a conversation's sessions name; often none. */
    List<String> journeySessionIds(String conversationId);

    /** Writes a {@code Team}; its division has a name only when expanded ({@code expand=entities.division}). */
    void writeTeam(JsonGenerator out, String teamId, boolean expandDivision);

    /** Writes a team member as a {@code UserReferenceWithName}. */
    void writeTeamMember(JsonGenerator out, String userId);

    /** Writes a {@code RoutingSkill}. */
    void writeSkill(JsonGenerator out, String skillId);

    /** Writes the field {@code skills} ({@code UserRoutingSkill}s) of a user object, the skills {@code shown} only. */
    void writeUserSkills(JsonGenerator out, String userId, Predicate<String> shown);

    /** Writes a {@code Flow}. */
    void writeFlow(JsonGenerator out, String flowId);

    /** Writes a {@code JourneySegment}. */
    void writeJourneySegment(JsonGenerator out, String segmentId);

    /**
     * Writes the journey {@code Session} with this id as it looks at {@code asOf}, if a conversation that has
     * started by then names it.
     *
     * @return false, having written nothing, for any other id
     */
    boolean writeJourneySession(JsonGenerator out, String sessionId, Instant asOf);

    /** {@link #NONE}. */
    final class Empty implements OrgReferenceData {

        private Empty() {
        }

        @Override
        public List<String> teamIds() {
            return List.of();
        }

        @Override
        public List<String> teamMemberIds(String teamId) {
            return List.of();
        }

        @Override
        public String teamName(String teamId) {
            throw unknown(teamId);
        }

        @Override
        public List<String> skillIds() {
            return List.of();
        }

        @Override
        public String skillName(String skillId) {
            throw unknown(skillId);
        }

        @Override
        public List<String> userSkillIds(String userId) {
            return List.of();
        }

        @Override
        public List<String> flowIds() {
            return List.of();
        }

        @Override
        public String flowName(String flowId) {
            throw unknown(flowId);
        }

        @Override
        public String flowType(String flowId) {
            throw unknown(flowId);
        }

        @Override
        public List<String> journeySegmentIds() {
            return List.of();
        }

        @Override
        public boolean journeySegmentActive(String segmentId) {
            throw unknown(segmentId);
        }

        @Override
        public List<String> journeySessionIds(String conversationId) {
            return List.of();
        }

        @Override
        public void writeTeam(JsonGenerator out, String teamId, boolean expandDivision) {
            throw unknown(teamId);
        }

        @Override
        public void writeTeamMember(JsonGenerator out, String userId) {
            throw unknown(userId);
        }

        @Override
        public void writeSkill(JsonGenerator out, String skillId) {
            throw unknown(skillId);
        }

        @Override
        public void writeUserSkills(JsonGenerator out, String userId, Predicate<String> shown) {
            out.writeStartArray("skills").writeEnd();
        }

        @Override
        public void writeFlow(JsonGenerator out, String flowId) {
            throw unknown(flowId);
        }

        @Override
        public void writeJourneySegment(JsonGenerator out, String segmentId) {
            throw unknown(segmentId);
        }

        @Override
        public boolean writeJourneySession(JsonGenerator out, String sessionId, Instant asOf) {
            return false;
        }

        private static IllegalArgumentException unknown(String id) {
            return new IllegalArgumentException("no such entity: " + id);
        }
    }
}
