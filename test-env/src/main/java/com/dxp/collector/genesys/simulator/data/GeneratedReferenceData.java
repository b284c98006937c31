package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The reference data of a generated org: the {@link ReferenceTables} drawn with the directory, and the journey
 * sessions its conversations name, found from a session id alone by regenerating the conversation it belongs to
 * ({@link ConversationLinks}). A journey session ends when its customer leaves the conversation.
 */
final class GeneratedReferenceData implements OrgReferenceData {

    /** Late enough for any conversation to have started: the ids a conversation names do not depend on time. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final ReferenceTables tables;
    private final ConversationLinks links;
    private final ConversationCatalog conversations;
    private final long orgKey;
    private final boolean wild;

    GeneratedReferenceData(ReferenceTables tables, ConversationLinks links, ConversationCatalog conversations,
                           long orgKey, boolean wild) {
        this.tables = tables;
        this.links = links;
        this.conversations = conversations;
        this.orgKey = orgKey;
        this.wild = wild;
    }

    @Override
    public List<String> teamIds() {
        return tables.teamIds();
    }

    @Override
    public List<String> teamMemberIds(String teamId) {
        return tables.teamMemberIds(teamId);
    }

    @Override
    public String teamName(String teamId) {
        return tables.teamName(teamId);
    }

    @Override
    public List<String> skillIds() {
        return tables.skillIds();
    }

    @Override
    public String skillName(String skillId) {
        return tables.skillName(skillId);
    }

    @Override
    public List<String> userSkillIds(String userId) {
        return tables.userSkills(userId).stream().map(ReferenceTables.UserSkill::skillId).toList();
    }

    @Override
    public List<String> flowIds() {
        return tables.flowIds();
    }

    @Override
    public String flowName(String flowId) {
        return tables.flowName(flowId);
    }

    @Override
    public String flowType(String flowId) {
        return tables.flowType(flowId);
    }

    @Override
    public List<String> journeySegmentIds() {
        return tables.segmentIds();
    }

    @Override
    public boolean journeySegmentActive(String segmentId) {
        return tables.segmentActive(segmentId);
    }

    @Override
    public List<String> journeySessionIds(String conversationId) {
        return conversations.find(conversationId, END_OF_TIME).map(c -> customerSession((GeneratedConversation) c))
                .map(Session::links).map(SessionLinks::journeyCustomerSessionId).stream().toList();
    }

    @Override
    public void writeTeam(JsonGenerator out, String teamId, boolean expandDivision) {
        tables.writeTeam(out, teamId, expandDivision);
    }

    @Override
    public void writeTeamMember(JsonGenerator out, String userId) {
        tables.writeTeamMember(out, userId);
    }

    @Override
    public void writeSkill(JsonGenerator out, String skillId) {
        tables.writeSkill(out, skillId);
    }

    @Override
    public void writeUserSkills(JsonGenerator out, String userId, Predicate<String> shown) {
        tables.writeUserSkills(out, userId, shown);
    }

    @Override
    public void writeFlow(JsonGenerator out, String flowId) {
        tables.writeFlow(out, flowId);
    }

    @Override
    public void writeJourneySegment(JsonGenerator out, String segmentId) {
        tables.writeSegment(out, segmentId);
    }

    @Override
    public boolean writeJourneySession(JsonGenerator out, String sessionId, Instant asOf) {
        String conversationId = links.conversationOfJourneySession(sessionId);
        Optional<GeneratedConversation> found = conversationId == null ? Optional.empty()
                : conversations.find(conversationId, asOf).map(GeneratedConversation.class::cast);
        Session customer = found.map(GeneratedReferenceData::customerSession)
                .filter(s -> sessionId.equals(s.links().journeyCustomerSessionId())).orElse(null);
        if (customer == null) {
            return false;
        }
        writeSession(out, found.get(), customer, IsoTimestamps.epochMillis(asOf));
        return true;
    }

    /** The customer's session, if it came from a journey session. */
    private static Session customerSession(GeneratedConversation conversation) {
        Session session = conversation.customer().sessions().get(0);
        return session.links().journeyCustomerSessionId() == null ? null : session;
    }

    private void writeSession(JsonGenerator out, GeneratedConversation conversation, Session customer, long asOf) {
        SessionLinks journey = customer.links();
        UUID id = UUID.fromString(journey.journeyCustomerSessionId());
        SplittableRandom r = Seeds.random(orgKey, Seeds.JOURNEY_SESSIONS, id.getLeastSignificantBits());
        long created = conversation.startMillis() - 60_000L * (2 + r.nextInt(20));
        int pageviews = 2 + r.nextInt(12);
        boolean chat = ConversationFactory.CHAT.equals(customer.mediaType());
        out.writeStartObject();
        out.write("id", journey.journeyCustomerSessionId());
        out.write("customerId", journey.journeyCustomerId());
        out.write("customerIdType", SessionLinks.CUSTOMER_ID_TYPE);
        out.write("type", SessionLinks.SESSION_ID_TYPE);
        out.write("shortId", journey.journeyCustomerSessionId().substring(0, 8).toUpperCase(java.util.Locale.ROOT));
        out.writeStartArray("searchTerms").write("tariff").writeEnd();
        out.write("userAgentString", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/128.0");
        out.write("durationInSeconds", (int) ((Math.min(asOf, conversation.customerEndMillis()) - created) / 1000));
        out.write("eventCount", pageviews + 2);
        out.write("pageviewCount", pageviews);
        out.write("screenviewCount", 0);
        out.writeStartArray("conversationChannels").writeStartObject()
                .write("type", chat ? "Chat" : "Message");
        if (!chat) {
            out.write("messageType", "WebMessaging");
        }
        out.write("platform", "Web").writeEnd().writeEnd();
        out.write("originatingDirection", "Inbound");
        Participant acd = participant(conversation, "acd");
        Participant agent = participant(conversation, "agent");
        String queueId = acd == null ? null : acd.sessions().get(0).segments().get(0).queueId();
        if (queueId != null) {
            out.writeStartObject("lastConnectedQueue").write("id", queueId)
                    .write("selfUri", "/api/v2/routing/queues/" + queueId).writeEnd();
        }
        if (agent != null && agent.sessions().get(0).start() <= asOf) {
            out.writeStartObject("lastConnectedUser").write("id", agent.userId())
                    .write("selfUri", "/api/v2/users/" + agent.userId()).writeEnd();
        }
        if (acd != null && asOf >= conversation.customerEndMillis()) {
            out.write("lastAcdOutcome", agent == null ? "Abandon" : "Answered");
        }
        out.write("authenticated", false);
        out.write("selfUri", "/api/v2/journey/sessions/" + journey.journeyCustomerSessionId());
        out.write("createdDate", IsoTimestamps.format(created));
        if (asOf >= conversation.customerEndMillis()) {
            out.write("endedDate", IsoTimestamps.format(conversation.customerEndMillis()));
        }
        out.writeStartObject("conversation").write("id", conversation.conversationId())
                .write("selfUri", "/api/v2/conversations/" + conversation.conversationId()).writeEnd();
        if (wild) {
            out.writeStartObject("wildExtension").write("origin", "future API").writeEnd();
        }
        out.writeEnd();
    }

    private static Participant participant(GeneratedConversation conversation, String purpose) {
        List<Participant> all = new ArrayList<>(conversation.participants());
        return all.stream().filter(p -> purpose.equals(p.purpose())).findFirst().orElse(null);
    }
}
