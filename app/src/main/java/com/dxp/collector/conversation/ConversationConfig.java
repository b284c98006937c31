package com.dxp.collector.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the conversation feature: the read API's bounds, the poor-call threshold of the
 * summary, and the size of an admin import. Defaults live in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class ConversationConfig {

    /** Longest start-time window one conversation list request may cover, in days. */
    @Inject
    @ConfigProperty(name = "conversation.read.max-window-days")
    int maxWindowDays;

    /** Longest window of one summary request, in days (it is counted per day). */
    @Inject
    @ConfigProperty(name = "conversation.summary.max-window-days")
    int maxSummaryDays;

    /** A conversation whose lowest MOS is below this counts as a poor call in the summary. */
    @Inject
    @ConfigProperty(name = "conversation.summary.poor-mos-threshold")
    double poorMosThreshold;

    /** Most conversations one admin import request may carry. */
    @Inject
    @ConfigProperty(name = "conversation.import.max-conversations")
    int maxImportConversations;

    public Duration maxWindow() {
        return Duration.ofDays(maxWindowDays);
    }

    public Duration maxSummaryWindow() {
        return Duration.ofDays(maxSummaryDays);
    }

    public double poorMosThreshold() {
        return poorMosThreshold;
    }

    public int maxImportConversations() {
        return maxImportConversations;
    }
}
