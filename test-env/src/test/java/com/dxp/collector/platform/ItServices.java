package com.dxp.collector.platform;

import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the server under test reaches out to (the Genesys simulator and ElasticMQ) once per failsafe JVM,
 * before the first test class, so the server's SQS poller and readiness check find them whatever test runs first.
 * Only in the integration-test JVM, which failsafe marks with {@code it.sqs.port}.
 */
public class ItServices implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.sqs.port") != null) {
            SimulatorForIts.start();
            SqsForIts.start();
        }
    }
}
