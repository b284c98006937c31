package com.dxp.collector.genesys;

import java.time.Duration;
import java.util.Objects;

/**
 * An access token as the token endpoint issued it. {@link #toString()} hides the token.
 *
 * @param accessToken the bearer token
 * @param expiresIn   its lifetime ({@code expires_in})
 */
public record IssuedToken(String accessToken, Duration expiresIn) {

    public IssuedToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }

    @Override
    public String toString() {
        return "IssuedToken[expiresIn=" + expiresIn + "]";
    }
}
