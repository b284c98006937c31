package com.dxp.collector.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * This server's name among the servers sharing the database: {@code CLUSTER_SERVER_ID} when set, else the host name
 * and the Liberty server's name ({@code host/server}), which differ between pods of a Kubernetes deployment and
 * between servers on one machine. A name of more than 200 characters is refused: it is a key.
 */
public record ServerIdentity(String serverId) {

    static final int MAX_LENGTH = 200;

    public ServerIdentity {
        if (serverId == null || serverId.isBlank() || serverId.length() > MAX_LENGTH) {
            throw new IllegalStateException("The server's id must be 1 to " + MAX_LENGTH + " characters (set"
                    + " CLUSTER_SERVER_ID): '" + serverId + "'");
        }
    }

    /** The configured id, or one made of the host name and the Liberty server name found in {@code environment}. */
    static ServerIdentity resolve(Optional<String> configured, Function<String, String> environment,
                                  Function<String, String> systemProperties) {
        if (configured.isPresent()) {
            return new ServerIdentity(configured.get());
        }
        String host = Optional.ofNullable(environment.apply("HOSTNAME")).map(String::strip)
                .filter(h -> !h.isEmpty()).orElseGet(ServerIdentity::localHostName);
        String server = Optional.ofNullable(systemProperties.apply("wlp.server.name")).filter(s -> !s.isBlank())
                .orElse("liberty");
        return new ServerIdentity(host.toLowerCase(Locale.ROOT) + "/" + server);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
