package com.dxp.collector.platform.cluster;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The name Liberty gives this server in the batch job repository: {@code defaultHostName/user dir/server name}, read
 * from Liberty's {@code ServerInfo} MBean as Liberty builds it. At start Liberty fails every active execution under
 * that name, so two servers sharing it would fail each other's runs: {@code defaultHostName} (the environment variable
 * {@code DEFAULTHOSTNAME}) must differ between servers of one user dir and name, such as the pods of a deployment,
 * whose default is "localhost" for all.
 */
final class LibertyBatchIdentity {

    private static final String SERVER_INFO = "WebSphere:feature=kernel,name=ServerInfo";

    private LibertyBatchIdentity() {
    }

    /** This server's batch identity; empty outside Liberty (tests) or when the MBean cannot be read. */
    static Optional<String> read() {
        try {
            MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
            ObjectName info = new ObjectName(SERVER_INFO);
            if (!beans.isRegistered(info)) {
                return Optional.empty();
            }
            return Optional.of(of((String) beans.getAttribute(info, "DefaultHostname"),
                    (String) beans.getAttribute(info, "UserDirectory"), (String) beans.getAttribute(info, "Name")));
        } catch (JMException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** As Liberty joins them: the user dir trimmed and without a trailing separator. */
    static String of(String defaultHostName, String userDirectory, String serverName) {
        String dir = userDirectory == null ? "" : userDirectory.trim();
        if (dir.endsWith("/") || dir.endsWith("\\")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        return defaultHostName + "/" + dir + "/" + serverName;
    }
}
