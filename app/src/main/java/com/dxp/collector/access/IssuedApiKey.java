package com.dxp.collector.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key just issued: the only answer that holds the key. The collector keeps its hash alone, so a lost key cannot
 * be shown again, only revoked and replaced. {@link #toString()} hides it.
 *
 * @param key  the bearer token to send as {@code Authorization: Bearer <key>}
 * @param view the key's description
 */
@Schema(description = "A key just issued: the only answer that holds the key itself.")
public record IssuedApiKey(
        @Schema(description = "Send as `Authorization: Bearer <key>`; shown this once",
                example = "dxp_<the key, shown this once>") String key,
        @Schema(description = "The key's description") ApiKeyView view) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + view + "]";
    }
}
