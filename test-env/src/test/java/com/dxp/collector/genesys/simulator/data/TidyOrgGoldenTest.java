package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.LONG_AFTER;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.WEDNESDAY_9AM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.simulator.GoldenDigest;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Tidy orgs serve exactly the bytes they served before wild data existed: the digests below were taken from
 * the generator as it was then, over query-style, job-style and still open records and the directory. Links to
 * teams, skills and journey sessions were added later, as fields only: without them, the bytes are the old ones.
 */
class TidyOrgGoldenTest {

    private static final Instant DAY = WEDNESDAY_9AM.minus(Duration.ofHours(9));

    private final SimulatedOrg acme = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
            "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Acme GmbH", 42, 3000, 120, 10));

    @Test
    void shouldServeTheSameConversationBytesAsBeforeWildDataApartFromTheLinkFields() {
        String text = dayOfConversations(UnaryOperator.identity());
        String withoutLinks = dayOfConversations(json -> GoldenDigest.withoutFields(json, GoldenDigest.LINK_FIELDS));

        assertEquals("5a72361c8b78419c27543dc9b7a244f6068b293545a1dc49d42c181f188491fb",
                GoldenDigest.of(withoutLinks), "the digest from before wild data, of all but the link fields");
        assertEquals("f99b3a81b5ee6135a32941c13cf7a96c9d1416cd13f544067fe5ce971349b0ce", GoldenDigest.of(text),
                "the digest since conversations link to teams, skills and journey sessions");
    }

    private String dayOfConversations(UnaryOperator<String> change) {
        List<SimConversation> day = acme.conversations().startingBetween(DAY, DAY.plus(Duration.ofDays(1)),
                LONG_AFTER).toList();
        Instant midday = DAY.plus(Duration.ofHours(12));
        StringBuilder text = new StringBuilder();
        for (SimConversation conversation : day) {
            text.append(change.apply(SimulatedOrgFixtures.json(conversation, LONG_AFTER, false)))
                    .append(change.apply(SimulatedOrgFixtures.json(conversation, LONG_AFTER, true)));
            if (!conversation.start().isAfter(midday)) {
                text.append(change.apply(SimulatedOrgFixtures.json(conversation, midday, true)));
            }
        }
        acme.conversations().overlapping(midday, midday.plus(Duration.ofHours(1)), LONG_AFTER)
                .forEach(c -> text.append(c.conversationId()));
        return text.toString();
    }


    @Test
    void shouldServeTheSameDirectoryBytesAsBeforeWildData() {
        OrgDirectory directory = acme.directory();
        StringBuilder text = new StringBuilder();
        directory.userIds().forEach(id -> text.append(SimulatedOrgFixtures.userJson(directory, id)));
        directory.groupIds().forEach(id -> text.append(SimulatedOrgFixtures.groupJson(directory, id))
                .append(directory.memberIds(id)));

        assertEquals("ac0580bd37439c7e835cb57078f7a4907366273c5cc19cb9c37f8e36d4ec3084", GoldenDigest.of(text));
    }
}
