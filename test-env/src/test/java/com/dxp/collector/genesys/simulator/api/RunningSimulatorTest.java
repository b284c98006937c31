package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the endpoint tests: a fresh simulator of {@link SimulatorFixture}'s orgs per test, on a clock the
 * test moves, and a plain HTTP client for it.
 */
abstract class RunningSimulatorTest {

    protected final MutableClock clock = new MutableClock(SimulatorFixture.NOW);
    protected GenesysSimulator simulator;
    protected SimClient client;

    @BeforeEach
    void startSimulator() {
        simulator = SimulatorFixture.start(clock, SimulatorFixture.settings());
        client = new SimClient(simulator.baseUri());
    }

    @AfterEach
    void stopSimulator() {
        simulator.stop();
    }

    /** A base for tests that call as the fully granted client from the start. */
    abstract static class AsFullClient extends RunningSimulatorTest {

        protected String token;

        @BeforeEach
        void logIn() {
            token = client.token(SimulatorFixture.FULL_CLIENT, SimulatorFixture.FULL_SECRET);
        }
    }
}
