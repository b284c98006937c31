package com.dxp.collector.conversation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Conversations whose lowest MOS fell in one band of the E-model's user-satisfaction scale (ITU-T G.107 Annex B:
 * R-factor 50, 60, 70, 80 and 90 are MOS 2.58, 3.10, 3.60, 4.03 and 4.34), so a distribution reads the same for
 * every tenant whatever its own poor-call threshold.
 *
 * @param from          lowest MOS of the band (inclusive); absent for the lowest band
 * @param to            highest MOS of the band (exclusive); absent for the highest band
 * @param label         what users make of such calls
 * @param conversations conversations of the window whose lowest MOS is in the band
 */
@Schema(description = "Conversations whose lowest MOS fell in one band of the E-model's user-satisfaction scale"
        + " (ITU-T G.107: MOS 2.58, 3.10, 3.60, 4.03, 4.34).")
public record MosBand(
        @Schema(description = "Lowest MOS of the band (inclusive); absent for the lowest band", example = "3.6")
        Double from,
        @Schema(description = "Highest MOS of the band (exclusive); absent for the highest band", example = "4.03")
        Double to,
        @Schema(description = "What users make of such calls", example = "some users dissatisfied") String label,
        @Schema(description = "Conversations of the window whose lowest MOS is in the band", example = "14230")
        long conversations) {

    /** The bands' bounds, low to high. */
    static final List<Double> BOUNDS = List.of(2.58, 3.10, 3.60, 4.03, 4.34);

    /** The bands' labels, low to high: one more than the bounds. */
    static final List<String> LABELS = List.of("not recommended", "nearly all users dissatisfied",
            "many users dissatisfied", "some users dissatisfied", "users satisfied", "users very satisfied");
}
