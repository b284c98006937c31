package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.schema.TestPersistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The run repository over a test database as the container wires it: one entity manager (see
 * {@link TestPersistence#entityManager()}) shared like the container's, the data source for the JDBC path, a clock.
 */
final class TestRuns implements AutoCloseable {

    final TestPersistence unit;
    final EntityManager em;
    final JobRunRepository repository;

    private TestRuns(DataSource dataSource, Clock clock) {
        unit = TestPersistence.over(dataSource);
        em = unit.entityManager();
        repository = wired(new JobRunRepository(), dataSource, clock);
    }

    static TestRuns over(DataSource dataSource, Clock clock) {
        return new TestRuns(dataSource, clock);
    }

    /** Wires a repository (or a test's subclass of it) as this one. */
    JobRunRepository wired(JobRunRepository runs, DataSource dataSource, Clock clock) {
        runs.em = em;
        runs.dataSource = dataSource;
        runs.clock = clock;
        return runs;
    }

    /** Runs a write in one transaction, as {@link JobRunService} does in the container. */
    void write(Runnable write) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            write.run();
            tx.commit();
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
        }
    }

    @Override
    public void close() {
        unit.close();
    }
}
