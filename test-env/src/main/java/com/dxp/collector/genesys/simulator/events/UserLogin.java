package com.dxp.collector.genesys.simulator.events;

import java.time.Duration;
import java.time.Instant;

/**
 * A user signing in to Genesys Cloud, which issues a token and so emits a {@code v2.users.{id}.tokens} event.
 *
 * @param userId    the user
 * @param userName  the user's display name
 * @param issuedAt  when the token was issued
 * @param lifetime  how long the token is valid
 * @param sessionId the login session
 * @param clientId  the OAuth client that issued the token (e.g. the desktop app)
 * @param tokenHash a hash of the token (never the token)
 * @param ipAddress where the user signed in from
 */
public record UserLogin(String userId, String userName, Instant issuedAt, Duration lifetime, String sessionId,
                        String clientId, String tokenHash, String ipAddress) {
}
