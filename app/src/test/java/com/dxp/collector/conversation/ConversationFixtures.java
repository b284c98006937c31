package com.dxp.collector.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realistic conversation records under {@code src/test/resources/conversations} (sample D of the Genesys
 * reference and variants), and copies of them under fresh ids and shifted times for volume tests and the benchmark.
 */
final class ConversationFixtures {

    /** Sample D's ended inbound voice call: customer and agent, 4 segments, 4 metrics, 1 media endpoint stat. */
    static final String INBOUND_VOICE = "sample-d-inbound-voice.json";
    /** The same call fetched while live: no end, the agent's interact segment open, no wrap-up. */
    static final String INBOUND_VOICE_LIVE = "sample-d-inbound-voice-live.json";
    /** Sample D's web message. */
    static final String WEB_MESSAGE = "sample-d-web-message.json";
    /** Customer, IVR, agent, consult-transferred to a second agent on another queue. */
    static final String TRANSFER = "transfer.json";
    /** Outbound call conferenced with an external party, poor MOS on the customer leg. */
    static final String CONFERENCE = "conference.json";

    private static final Pattern CONVERSATION_ID = Pattern.compile("(\"conversationId\"\\s*:\\s*\")([^\"]+)(\")");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private ConversationFixtures() {
    }

    static String load(String name) {
        try (InputStream in = ConversationFixtures.class.getResourceAsStream("/conversations/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record under another conversation id, every timestamp moved by {@code shift}. */
    static String copy(String raw, UUID conversationId, Duration shift) {
        String renamed = CONVERSATION_ID.matcher(raw).replaceFirst("$1" + conversationId + "$3");
        Matcher m = TIMESTAMP.matcher(renamed);
        StringBuilder out = new StringBuilder(renamed.length());
        while (m.find()) {
            m.appendReplacement(out, Instant.parse(m.group()).plus(shift).toString());
        }
        m.appendTail(out);
        return out.toString();
    }
}
