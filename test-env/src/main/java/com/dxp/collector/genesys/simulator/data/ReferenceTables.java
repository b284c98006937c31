package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.OrgSpec;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The work teams, routing skills, Architect flows and journey segments of one org, generated once from its seed
 * and the directory: about four in five agents belong to one team (never two, as Genesys allows), each agent holds
 * one to four skills, and the flows include the two that conversations run, with the same id, name, type and
 * version. Every draw comes from a generator of its own ({@link Seeds}), so adding this data changed nothing the
 * directory or the conversations drew before. A wild org's tables have the long, control-character and emoji
 * names of {@link WildText}, unknown fields and enum values, and a team of hundreds of users who take no
 * conversations.
 */
final class ReferenceTables {

    private static final List<String> TEAM_NAMES = List.of("Hotline Nord", "Hotline Süd", "Digital Care",
            "Billing Desk", "Tech Squad", "Retention Crew", "Sales Force One", "Night Owls", "Weekend Heroes",
            "Premium Care", "Onboarding Crew", "Escalation Desk");
    private static final List<String> SKILL_NAMES = List.of("Appointments", "Billing", "Broadband", "Complaints",
            "Contracts", "English", "Fraud", "French", "German", "Mobile", "Payments", "Premium Customers",
            "Retention", "Sales", "Technical Support L1", "Technical Support L2", "Turkish", "TV");
    /** Flows beyond the two conversations run: name and type. */
    private static final String[][] OTHER_FLOWS = {{"In-Queue Music", "INQUEUECALL"},
        {"Webchat Entry", "INBOUNDCHAT"}, {"Email Routing", "INBOUNDEMAIL"}, {"Virtual Assistant", "BOT"},
        {"Digital Assistant", "DIGITALBOT"}, {"After-Call Survey", "SURVEYINVITE"},
        {"Outbound Dialer", "OUTBOUNDCALL"}, {"Secure Payment", "SECURECALL"}, {"Voicemail Box", "VOICEMAIL"},
        {"Common Greetings", "COMMONMODULE"}, {"In-Queue Messaging", "INQUEUESHORTMESSAGE"},
        {"In-Queue Email", "INQUEUEEMAIL"}, {"Callback Workflow", "WORKFLOW"}};
    /** Journey segments: display name, description, scope. */
    private static final String[][] SEGMENTS = {{"Returning Visitor", "Came back within 30 days", "Customer"},
        {"Mobile Visitor", "Browses on a phone", "Session"}, {"Cart Abandoner", "Left items in the cart", "Session"},
        {"Pricing Page Visitor", "Looked at tariffs", "Session"}, {"High Value Customer", "Premium tariff", "Customer"},
        {"Support Seeker", "Read help articles", "Session"}, {"Newsletter Subscriber", "Opted in", "Customer"},
        {"Visitor from Germany", "Geolocated in Germany", "Session"}, {"Paid Search", "Came from an ad", "Session"},
        {"Weekend Browser", "Visits on weekends", "Customer"}};
    private static final String[] COLORS = {"#1da8e2", "#75a8ff", "#ff4f1f", "#ffc31e", "#00ae9e", "#8b7fd0"};
    private static final long CREATED_FROM = 1_672_531_200_000L; // 2023-01-01T00:00:00Z
    private static final long DAY = 86_400_000L;
    /** Most members the wild org's crowded team gets. */
    static final int CROWDED_TEAM_MEMBERS = 600;

    private static final int LONG_TEXT = 0;
    private static final int CONTROL_CHARACTERS = 1;
    private static final int ASTRAL_CHARACTERS = 2;

    /** A work team ({@code Team}) and its member user ids in listing order. */
    private record WorkTeam(String id, String name, String description, String divisionId, long created,
                            long modified, List<String> memberIds, WildFields wild) {
    }

    /** A routing skill ({@code RoutingSkill}); {@code state} is the API's lower-case value. */
    private record RoutingSkill(String id, String name, long modified, int version, String state,
                                WildFields wild) {
    }

    /** A skill a user holds, with the proficiency (0 to 5) {@code UserRoutingSkill} shows. */
    record UserSkill(String skillId, int proficiency) {
    }

    /** An Architect flow ({@code Flow}) with its published version. */
    private record ArchitectFlow(String id, String name, String type, String description, String divisionId,
                                 String version, long published, WildFields wild) {
    }

    /** A journey segment ({@code JourneySegment}); {@code scope} is {@code Session} or {@code Customer}. */
    private record JourneySegment(String id, String displayName, String description, boolean active, int version,
                                  String color, String scope, boolean displayToAgent, long created, long modified,
                                  WildFields wild) {
    }

    private final GeneratedDirectory directory;
    private final Map<String, WorkTeam> teams = new LinkedHashMap<>();
    private final List<String> teamIds;
    private final Map<String, String> teamOfUser = new HashMap<>();
    private final Map<String, RoutingSkill> skills = new LinkedHashMap<>();
    private final List<String> skillIds;
    private final Map<String, List<UserSkill>> userSkills = new HashMap<>();
    private final Map<String, ArchitectFlow> flows = new LinkedHashMap<>();
    private final List<String> flowIds;
    private final Map<String, JourneySegment> segments = new LinkedHashMap<>();
    private final List<String> segmentIds;

    ReferenceTables(OrgSpec spec, GeneratedDirectory directory) {
        this.directory = directory;
        long key = Seeds.orgKey(spec);
        boolean wild = spec.wildData();
        SplittableRandom sizes = Seeds.random(key, Seeds.TEAMS, -1);

        List<String> agents = directory.agentIds();
        int teamCount = Math.max(2, Math.min(TEAM_NAMES.size(), 1 + agents.size() / 10));
        Map<String, Integer> teamIndexOfAgent = new HashMap<>();
        for (int a = 0; a < agents.size(); a++) {
            SplittableRandom r = Seeds.random(key, Seeds.TEAM_MEMBERS, a);
            if (r.nextInt(10) < 8) {
                teamIndexOfAgent.put(agents.get(a), r.nextInt(teamCount));
            }
        }
        List<WorkTeam> generatedTeams = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            int index = t;
            List<String> members = directory.userIds().stream()
                    .filter(id -> Integer.valueOf(index).equals(teamIndexOfAgent.get(id))).toList();
            generatedTeams.add(team(key, t, TEAM_NAMES.get(t), "Agents of " + TEAM_NAMES.get(t), members, wild));
        }
        if (wild) {
            List<String> crowd = directory.userIds().stream()
                    .filter(id -> !teamIndexOfAgent.containsKey(id) && !agents.contains(id))
                    .limit(CROWDED_TEAM_MEMBERS).toList();
            generatedTeams.add(team(key, teamCount, "Everyone Else", "Users who take no conversations", crowd,
                    false));
        }
        generatedTeams.sort(Comparator.comparing(WorkTeam::name).thenComparing(WorkTeam::id));
        generatedTeams.forEach(team -> {
            teams.put(team.id(), team);
            team.memberIds().forEach(userId -> teamOfUser.put(userId, team.id()));
        });
        this.teamIds = List.copyOf(teams.keySet());

        int skillCount = 8 + sizes.nextInt(SKILL_NAMES.size() - 7);
        List<RoutingSkill> generatedSkills = new ArrayList<>();
        for (int s = 0; s < skillCount; s++) {
            SplittableRandom r = Seeds.random(key, Seeds.SKILLS, s);
            String name = SKILL_NAMES.get(s);
            long modified = CREATED_FROM + r.nextLong(500 * DAY);
            RoutingSkill skill = new RoutingSkill(Seeds.uuid(key, Seeds.SKILLS, s).toString(), name, modified,
                    1 + r.nextInt(5), "active", WildFields.NONE);
            int kind = wild ? wildKind(s, r) : -1;
            if (kind >= 0) {
                skill = new RoutingSkill(skill.id(), wildText(name, kind), modified, skill.version(),
                        kind == CONTROL_CHARACTERS ? "archived" : "active", extension(kind));
            }
            generatedSkills.add(skill);
        }
        generatedSkills.sort(Comparator.comparing(RoutingSkill::name).thenComparing(RoutingSkill::id));
        generatedSkills.forEach(skill -> skills.put(skill.id(), skill));
        this.skillIds = List.copyOf(skills.keySet());
        for (int a = 0; a < agents.size(); a++) {
            SplittableRandom r = Seeds.random(key, Seeds.USER_SKILLS, a);
            int held = 1 + r.nextInt(Math.min(4, skillIds.size()));
            boolean[] chosen = new boolean[skillIds.size()];
            for (int i = 0; i < held; i++) {
                chosen[r.nextInt(chosen.length)] = true;
            }
            List<UserSkill> list = new ArrayList<>(held);
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    list.add(new UserSkill(skillIds.get(i), 1 + r.nextInt(5)));
                }
            }
            userSkills.put(agents.get(a), List.copyOf(list));
        }

        String home = directory.homeDivision();
        String version = directory.publishedFlowVersion();
        List<ArchitectFlow> generatedFlows = new ArrayList<>();
        generatedFlows.add(new ArchitectFlow(directory.ivrFlowId(), ConversationFactory.IVR_FLOW_NAME,
                "INBOUNDCALL", "Greets callers and routes them to a queue", home, version,
                CREATED_FROM + 200 * DAY, WildFields.NONE));
        generatedFlows.add(new ArchitectFlow(directory.messageFlowId(), ConversationFactory.MESSAGE_FLOW_NAME,
                "INBOUNDSHORTMESSAGE", "Routes web messaging, WhatsApp and SMS", home, version,
                CREATED_FROM + 210 * DAY, WildFields.NONE));
        int otherFlows = 6 + sizes.nextInt(OTHER_FLOWS.length - 5);
        for (int f = 0; f < otherFlows; f++) {
            SplittableRandom r = Seeds.random(key, Seeds.FLOWS, 100 + f);
            String name = OTHER_FLOWS[f][0];
            String description = name + " flow";
            String type = OTHER_FLOWS[f][1];
            WildFields fields = WildFields.NONE;
            int kind = wild ? wildKind(f, r) : -1;
            if (kind >= 0) {
                name = wildText(name, kind);
                description = WildText.lengthened(description, WildText.LONGEST);
                fields = extension(kind);
                type = kind == ASTRAL_CHARACTERS ? "AGENTICWORKFLOW" : type;
            }
            generatedFlows.add(new ArchitectFlow(Seeds.uuid(key, Seeds.FLOWS, 3 + f).toString(), name, type,
                    description, directory.divisionIds().get(r.nextInt(directory.divisionIds().size())),
                    (1 + r.nextInt(20)) + ".0", CREATED_FROM + r.nextLong(600 * DAY), fields));
        }
        generatedFlows.sort(Comparator.comparing(ArchitectFlow::id));
        generatedFlows.forEach(flow -> flows.put(flow.id(), flow));
        this.flowIds = List.copyOf(flows.keySet());

        int segmentCount = 4 + sizes.nextInt(SEGMENTS.length - 3);
        for (int s = 0; s < segmentCount; s++) {
            SplittableRandom r = Seeds.random(key, Seeds.JOURNEY_SEGMENTS, s);
            String name = SEGMENTS[s][0];
            String description = SEGMENTS[s][1];
            String scope = SEGMENTS[s][2];
            WildFields fields = WildFields.NONE;
            int kind = wild ? wildKind(s, r) : -1;
            if (kind >= 0) {
                name = wildText(name, kind);
                description = WildText.lengthened(description, WildText.LONGEST);
                fields = extension(kind);
                scope = kind == ASTRAL_CHARACTERS ? "Organization" : scope;
            }
            long created = CREATED_FROM + r.nextLong(400 * DAY);
            JourneySegment segment = new JourneySegment(Seeds.uuid(key, Seeds.JOURNEY_SEGMENTS, s).toString(), name,
                    description, r.nextInt(7) != 0, 1 + r.nextInt(6), COLORS[r.nextInt(COLORS.length)], scope,
                    r.nextBoolean(), created, created + r.nextLong(200 * DAY), fields);
            segments.put(segment.id(), segment);
        }
        this.segmentIds = List.copyOf(segments.keySet());
    }

    private WorkTeam team(long key, int index, String name, String description, List<String> members,
                          boolean wild) {
        SplittableRandom r = Seeds.random(key, Seeds.TEAMS, index);
        long created = CREATED_FROM + r.nextLong(300 * DAY);
        String division = r.nextInt(5) == 0
                ? directory.divisionIds().get(r.nextInt(directory.divisionIds().size())) : directory.homeDivision();
        int kind = wild ? wildKind(index, r) : -1;
        if (kind >= 0) {
            return new WorkTeam(Seeds.uuid(key, Seeds.TEAMS, index).toString(), wildText(name, kind),
                    WildText.lengthened(description, WildText.LONGEST), division, created,
                    created + r.nextLong(200 * DAY), members, extension(kind));
        }
        return new WorkTeam(Seeds.uuid(key, Seeds.TEAMS, index).toString(), name, description, division, created,
                created + r.nextLong(200 * DAY), members, WildFields.NONE);
    }

    /** The kind of wildness of item {@code index}: the first three one each, then one in ten; -1 for none. */
    private static int wildKind(int index, SplittableRandom r) {
        if (index < 3) {
            return index;
        }
        SplittableRandom own = r.split();
        return own.nextInt(10) == 0 ? own.nextInt(3) : -1;
    }

    private static String wildText(String base, int kind) {
        return switch (kind) {
            case LONG_TEXT -> WildText.lengthened(base, WildText.LONGEST);
            case CONTROL_CHARACTERS -> WildText.withControlCharacters(base);
            default -> WildText.withAstralCharacters(base);
        };
    }

    /** An unknown property, as newer API versions add them: on the control-character kind only. */
    private static WildFields extension(int kind) {
        return kind == CONTROL_CHARACTERS
                ? WildFields.NONE.adding("wildExtension", Json.createObjectBuilder().add("origin", "future API")
                        .add("tags", Json.createArrayBuilder().add("a").add(WildText.CONTROL_CHARACTERS)).build())
                : WildFields.NONE;
    }

    List<String> teamIds() {
        return teamIds;
    }

    List<String> teamMemberIds(String teamId) {
        WorkTeam team = teams.get(teamId);
        return team == null ? List.of() : team.memberIds();
    }

    String teamName(String teamId) {
        return team(teamId).name();
    }

    /** The team of a user, or null. */
    String teamOf(String userId) {
        return teamOfUser.get(userId);
    }

    List<String> skillIds() {
        return skillIds;
    }

    String skillName(String skillId) {
        return skill(skillId).name();
    }

    List<UserSkill> userSkills(String userId) {
        return userSkills.getOrDefault(userId, List.of());
    }

    List<String> flowIds() {
        return flowIds;
    }

    String flowName(String flowId) {
        return flow(flowId).name();
    }

    String flowType(String flowId) {
        return flow(flowId).type();
    }

    List<String> segmentIds() {
        return segmentIds;
    }

    boolean segmentActive(String segmentId) {
        return segment(segmentId).active();
    }

    void writeTeam(JsonGenerator out, String teamId, boolean expandDivision) {
        WorkTeam team = team(teamId);
        out.writeStartObject();
        out.write("id", team.id());
        out.write("name", team.name());
        out.writeStartObject("division");
        out.write("id", team.divisionId());
        if (expandDivision) {
            out.write("name", directory.divisionName(team.divisionId()));
        }
        out.write("selfUri", "/api/v2/authorization/divisions/" + team.divisionId());
        out.writeEnd();
        out.write("description", team.description());
        out.write("dateCreated", IsoTimestamps.format(team.created()));
        out.write("dateModified", IsoTimestamps.format(team.modified()));
        out.write("memberCount", team.memberIds().size());
        out.write("selfUri", "/api/v2/teams/" + team.id());
        team.wild().writeTo(out);
        out.writeEnd();
    }

    void writeTeamMember(JsonGenerator out, String userId) {
        String name = directory.userName(userId);
        if (name == null) {
            throw new IllegalArgumentException("no such user: " + userId);
        }
        out.writeStartObject();
        out.write("id", userId);
        out.write("name", name);
        out.write("selfUri", "/api/v2/users/" + userId);
        out.writeEnd();
    }

    void writeSkill(JsonGenerator out, String skillId) {
        RoutingSkill skill = skill(skillId);
        out.writeStartObject();
        out.write("id", skill.id());
        out.write("name", skill.name());
        out.write("dateModified", IsoTimestamps.format(skill.modified()));
        out.write("state", skill.state());
        out.write("version", Integer.toString(skill.version()));
        out.write("selfUri", "/api/v2/routing/skills/" + skill.id());
        skill.wild().writeTo(out);
        out.writeEnd();
    }

    void writeUserSkills(JsonGenerator out, String userId, Predicate<String> shown) {
        out.writeStartArray("skills");
        for (UserSkill held : userSkills(userId)) {
            if (!shown.test(held.skillId())) {
                continue;
            }
            RoutingSkill skill = skill(held.skillId());
            out.writeStartObject();
            out.write("id", skill.id());
            out.write("name", skill.name());
            out.write("proficiency", (double) held.proficiency());
            out.write("state", "active");
            out.write("skillUri", "/api/v2/routing/skills/" + skill.id());
            out.write("selfUri", "/api/v2/users/" + userId + "/routingskills/" + skill.id());
            out.writeEnd();
        }
        out.writeEnd();
    }

    void writeFlow(JsonGenerator out, String flowId) {
        ArchitectFlow flow = flow(flowId);
        out.writeStartObject();
        out.write("id", flow.id());
        out.write("name", flow.name());
        out.writeStartObject("division");
        out.write("id", flow.divisionId());
        out.write("name", directory.divisionName(flow.divisionId()));
        out.write("selfUri", "/api/v2/authorization/divisions/" + flow.divisionId());
        out.writeEnd();
        out.write("description", flow.description());
        out.write("type", flow.type());
        out.write("active", true);
        out.write("system", false);
        out.write("deleted", false);
        out.writeStartObject("publishedVersion");
        out.write("id", flow.version());
        out.write("name", flow.version());
        out.write("commitVersion", flow.version());
        out.write("configurationVersion", flow.version());
        out.write("secure", false);
        out.write("debug", false);
        out.write("datePublished", IsoTimestamps.format(flow.published()));
        out.write("selfUri", "/api/v2/flows/" + flow.id() + "/versions/" + flow.version());
        out.writeEnd();
        out.write("selfUri", "/api/v2/flows/" + flow.id());
        flow.wild().writeTo(out);
        out.writeEnd();
    }

    void writeSegment(JsonGenerator out, String segmentId) {
        JourneySegment segment = segment(segmentId);
        out.writeStartObject();
        out.write("id", segment.id());
        out.write("isActive", segment.active());
        out.write("displayName", segment.displayName());
        out.write("version", segment.version());
        out.write("description", segment.description());
        out.write("color", segment.color());
        out.write("scope", segment.scope());
        out.write("shouldDisplayToAgent", segment.displayToAgent());
        out.write("assignmentExpirationDays", 30);
        out.write("selfUri", "/api/v2/journey/segments/" + segment.id());
        out.write("createdDate", IsoTimestamps.format(segment.created()));
        out.write("modifiedDate", IsoTimestamps.format(segment.modified()));
        segment.wild().writeTo(out);
        out.writeEnd();
    }

    private WorkTeam team(String teamId) {
        return found(teams.get(teamId), teamId);
    }

    private RoutingSkill skill(String skillId) {
        return found(skills.get(skillId), skillId);
    }

    private ArchitectFlow flow(String flowId) {
        return found(flows.get(flowId), flowId);
    }

    private JourneySegment segment(String segmentId) {
        return found(segments.get(segmentId), segmentId);
    }

    private static <T> T found(T entity, String id) {
        if (entity == null) {
            throw new IllegalArgumentException("no such entity: " + id);
        }
        return entity;
    }
}
