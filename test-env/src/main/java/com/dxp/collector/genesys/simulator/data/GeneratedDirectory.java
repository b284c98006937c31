package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgSpec;
import jakarta.json.stream.JsonGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The directory of one simulated org, generated once from its seed: users (about four in five of them agents),
 * groups with overlapping members, queues, wrap-up codes and divisions, plus the org's phone numbers and
 * flows that conversations refer to. Lookups by id use maps; every list keeps a fixed order. Writing an
 * unknown user or group is a programming error and throws {@link IllegalArgumentException}. A wild org's
 * directory has the extra users, names and group of {@link WildDirectory}.
 */
final class GeneratedDirectory implements OrgDirectory {

    private static final List<String> DIVISION_NAMES = List.of("Home", "Customer Service", "Sales");
    private static final List<String> QUEUE_NAMES = List.of("Support DE", "Support EN", "Billing", "Sales",
            "Technical Support", "Complaints", "Orders", "Returns", "Premium Service", "Business Customers",
            "Claims", "Appointments", "Onboarding", "Retention", "Shipping", "Partners", "Payments", "Contracts",
            "Feedback", "VIP", "Outbound Sales", "Collections", "IT Helpdesk", "Field Service", "Relocation",
            "Tariffs", "Roaming", "Fraud", "Invoices", "Cancellations");
    private static final List<String> GROUP_NAMES = List.of("Team Nord", "Team Süd", "Team Ost", "Team West",
            "Billing Specialists", "Supervisors", "Night Shift", "Weekend Shift", "Quality Assurance", "Trainers",
            "Tier 2 Support", "Sales Team", "Escalations", "English Speakers", "Turkish Speakers", "Mentors");
    private static final List<String> OTHER_TITLES = List.of("Supervisor", "Team Lead", "Quality Analyst",
            "Workforce Planner", "Administrator");
    private static final int[] AREA_CODES = {89, 30, 40, 69, 221, 711};
    private static final long GROUPS_MODIFIED_FROM = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

    private final String domain;
    private final List<String> divisionIds = new ArrayList<>();
    private final Map<String, String> divisionNames = new HashMap<>();
    private final List<String> queueIds = new ArrayList<>();
    private final Map<String, String> queueNames = new HashMap<>();
    private final Map<String, String> queueDivisions = new HashMap<>();
    private final List<String> wrapUpCodeIds = new ArrayList<>();
    private final List<DirectoryUser> users;
    private final Map<String, DirectoryUser> usersById = new HashMap<>();
    private final List<String> userIds;
    private final List<String> agentIds;
    private final List<DirectoryGroup> groups = new ArrayList<>();
    private final Map<String, DirectoryGroup> groupsById = new HashMap<>();
    private final List<String> groupIds;
    private final List<String> phoneNumbers = new ArrayList<>();
    private final String ivrFlowId;
    private final String messageFlowId;
    private final long orgKey;

    GeneratedDirectory(OrgSpec spec) {
        long key = Seeds.orgKey(spec);
        this.orgKey = key;
        String slug = PeopleNames.ascii(spec.name());
        this.domain = (slug.isEmpty() ? "org" : slug) + ".example.com";
        SplittableRandom org = Seeds.random(key, Seeds.ORG, 0);

        int divisions = 1 + org.nextInt(3);
        for (int i = 0; i < divisions; i++) {
            String id = Seeds.uuid(key, Seeds.DIVISIONS, i).toString();
            divisionIds.add(id);
            divisionNames.put(id, DIVISION_NAMES.get(i));
        }
        int queues = 10 + org.nextInt(21);
        for (int i = 0; i < queues; i++) {
            String id = Seeds.uuid(key, Seeds.QUEUES, i).toString();
            queueIds.add(id);
            queueNames.put(id, QUEUE_NAMES.get(i));
            // most queues live in the home division
            queueDivisions.put(id, divisionIds.get(org.nextInt(4) == 0 ? org.nextInt(divisions) : 0));
        }
        int wrapUpCodes = 10 + org.nextInt(11);
        for (int i = 0; i < wrapUpCodes; i++) {
            wrapUpCodeIds.add(Seeds.uuid(key, Seeds.WRAP_UP_CODES, i).toString());
        }
        for (int i = 0; i < 3; i++) {
            int area = AREA_CODES[org.nextInt(AREA_CODES.length)];
            phoneNumbers.add("tel:+49" + area + (1_000_000 + org.nextInt(9_000_000)));
        }
        this.ivrFlowId = Seeds.uuid(key, Seeds.FLOWS, 0).toString();
        this.messageFlowId = Seeds.uuid(key, Seeds.FLOWS, 1).toString();

        this.users = generateUsers(spec, key);
        users.forEach(user -> usersById.put(user.id(), user));
        this.userIds = users.stream().map(DirectoryUser::id).toList();
        this.agentIds = users.stream().filter(u -> u.agent() && u.active()).map(DirectoryUser::id).toList();

        for (int g = 0; g < spec.groupCount(); g++) {
            DirectoryGroup group = generateGroup(g, key);
            groups.add(spec.wildData() ? WildDirectory.roughen(group, g, key) : group);
        }
        if (spec.wildData()) {
            groups.add(WildDirectory.everyone(Seeds.uuid(key, Seeds.GROUPS, spec.groupCount()).toString(), userIds,
                    GROUPS_MODIFIED_FROM));
        }
        groups.forEach(group -> groupsById.put(group.id(), group));
        this.groupIds = groups.stream().map(DirectoryGroup::id).toList();
    }

    private List<DirectoryUser> generateUsers(OrgSpec spec, long key) {
        int count = WildDirectory.userCount(spec);
        List<DirectoryUser> generated = new ArrayList<>(count);
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < count; i++) {
            SplittableRandom r = Seeds.random(key, Seeds.USERS, i);
            String first = PeopleNames.first(r);
            String last = PeopleNames.last(r);
            boolean agent = (i == 0 || r.nextDouble() < 0.8) && i < spec.userCount();
            boolean active = i == 0 || r.nextDouble() >= 0.06;
            String local = PeopleNames.ascii(first) + "." + PeopleNames.ascii(last);
            String email = local + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            String title = agent ? (r.nextInt(5) == 0 ? "Senior Agent" : "Agent")
                    : OTHER_TITLES.get(r.nextInt(OTHER_TITLES.size()));
            String department = agent ? "Customer Service" : "Operations";
            DirectoryUser user = new DirectoryUser(Seeds.uuid(key, Seeds.USERS, i).toString(), first + " " + last,
                    email, title, department, active, agent, 1 + r.nextInt(12), divisionIds.get(0));
            generated.add(spec.wildData() ? WildDirectory.roughen(user, i, i - spec.userCount(), key) : user);
        }
        // the listing pages through users sorted by name
        generated.sort(Comparator.comparing(DirectoryUser::name).thenComparing(DirectoryUser::id));
        return List.copyOf(generated);
    }

    private DirectoryGroup generateGroup(int g, long key) {
        SplittableRandom r = Seeds.random(key, Seeds.GROUPS, g);
        String name = GROUP_NAMES.get(g % GROUP_NAMES.size());
        if (g >= GROUP_NAMES.size()) {
            name = name + " " + (g / GROUP_NAMES.size() + 1);
        }
        int n = users.size();
        int size = Math.min(n, 2 + r.nextInt(Math.max(1, Math.min(n, 30))));
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        for (int i = 0; i < size; i++) { // partial Fisher-Yates: a random subset, members overlap across groups
            int j = i + r.nextInt(n - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        int[] chosen = java.util.Arrays.copyOf(positions, size);
        java.util.Arrays.sort(chosen);
        List<String> members = new ArrayList<>(size);
        for (int position : chosen) {
            members.add(users.get(position).id());
        }
        long modified = GROUPS_MODIFIED_FROM + r.nextLong(500L * 86_400_000L);
        return new DirectoryGroup(Seeds.uuid(key, Seeds.GROUPS, g).toString(), name,
                "Members of " + name, modified, 1 + r.nextInt(20), members);
    }

    @Override
    public List<String> userIds() {
        return userIds;
    }

    @Override
    public List<String> agentIds() {
        return agentIds;
    }

    @Override
    public List<String> groupIds() {
        return groupIds;
    }

    @Override
    public List<String> memberIds(String groupId) {
        DirectoryGroup group = groupsById.get(groupId);
        return group == null ? List.of() : group.memberIds();
    }

    @Override
    public List<String> queueIds() {
        return java.util.Collections.unmodifiableList(queueIds);
    }

    @Override
    public List<String> wrapUpCodeIds() {
        return java.util.Collections.unmodifiableList(wrapUpCodeIds);
    }

    @Override
    public List<String> divisionIds() {
        return java.util.Collections.unmodifiableList(divisionIds);
    }

    @Override
    public void writeUser(JsonGenerator out, String userId) {
        writeUser(out, userId, more -> { });
    }

    @Override
    public void writeUser(JsonGenerator out, String userId, Consumer<JsonGenerator> moreFields) {
        DirectoryUser user = usersById.get(userId);
        if (user == null) {
            throw new IllegalArgumentException("no such user: " + userId);
        }
        out.writeStartObject();
        out.write("id", user.id());
        out.write("name", user.name());
        writeDivision(out, user.divisionId());
        out.writeStartObject("chat");
        out.write("jabberId", user.id().replace("-", "").substring(0, 24) + "@" + domain);
        out.writeEnd();
        out.write("department", user.department());
        out.write("email", user.email());
        out.writeStartArray("primaryContactInfo");
        out.writeStartObject();
        out.write("address", user.email());
        out.write("mediaType", "EMAIL");
        out.write("type", "PRIMARY");
        out.writeEnd();
        out.writeEnd();
        out.writeStartArray("addresses");
        out.writeEnd();
        out.write("state", user.active() ? "active" : "inactive");
        out.write("title", user.title());
        out.write("username", user.email());
        out.write("version", user.version());
        out.write("acdAutoAnswer", false);
        out.write("selfUri", "/api/v2/users/" + user.id());
        moreFields.accept(out);
        out.writeEnd();
    }

    private void writeDivision(JsonGenerator out, String divisionId) {
        out.writeStartObject("division");
        out.write("id", divisionId);
        out.write("name", divisionNames.get(divisionId));
        out.write("selfUri", "/api/v2/authorization/divisions/" + divisionId);
        out.writeEnd();
    }

    @Override
    public void writeGroup(JsonGenerator out, String groupId) {
        DirectoryGroup group = groupsById.get(groupId);
        if (group == null) {
            throw new IllegalArgumentException("no such group: " + groupId);
        }
        out.writeStartObject();
        out.write("id", group.id());
        out.write("name", group.name());
        out.write("description", group.description());
        out.write("dateModified", IsoTimestamps.format(group.modifiedMillis()));
        out.write("memberCount", group.memberIds().size());
        out.write("state", "active");
        out.write("version", group.version());
        out.write("type", "official");
        out.write("rulesVisible", true);
        out.write("visibility", "public");
        out.write("selfUri", "/api/v2/groups/" + group.id());
        out.writeEnd();
    }

    @Override
    public String userName(String userId) {
        DirectoryUser user = usersById.get(userId);
        return user == null ? null : user.name();
    }

    String queueName(String queueId) {
        return queueNames.get(queueId);
    }

    String queueDivision(String queueId) {
        return queueDivisions.get(queueId);
    }

    String homeDivision() {
        return divisionIds.get(0);
    }

    /** The org's own numbers, dialled by customers and shown as caller id on outbound calls. */
    List<String> phoneNumbers() {
        return phoneNumbers;
    }

    String domain() {
        return domain;
    }

    String divisionName(String divisionId) {
        return divisionNames.get(divisionId);
    }

    /** The version both conversation flows have published (and their flow sessions name). */
    String publishedFlowVersion() {
        return (3 + (orgKey & 7)) + ".0";
    }

    String ivrFlowId() {
        return ivrFlowId;
    }

    String messageFlowId() {
        return messageFlowId;
    }
}
