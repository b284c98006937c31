package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The Kubernetes probes of {@code deploy/kubernetes/collector.yaml} answer 200 on the running server. */
@MicroShedTest
class DeploymentProbesIT {

    @Test
    void shouldAnswerEveryProbeOfTheKubernetesDeployment() throws Exception {
        for (String path : DeploymentFiles.probePaths()) {
            HttpResponse<String> answer = CollectorApi.get(path, CollectorApi.Account.NOBODY);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        }
    }
}
