package com.dxp.collector.genesys.simulator.events;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Base of the tests that need an SQS server: one ElasticMQ per test class (it takes a second to start). */
abstract class AgainstLocalSqs {

    protected static LocalSqs localSqs;
    protected static SqsClient sqs;

    @BeforeAll
    static void startSqs() {
        localSqs = LocalSqs.start();
        sqs = localSqs.newClient();
    }

    @AfterAll
    static void stopSqs() {
        sqs.close();
        localSqs.stop();
    }
}
