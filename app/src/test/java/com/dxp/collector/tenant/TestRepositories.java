package com.dxp.collector.tenant;

import com.dxp.collector.platform.schema.TestPersistence;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;

/**
 * The tenant repositories over a test database as the container wires them: one entity manager (see
 * {@link TestPersistence#entityManager()}) shared like the container's, and the data source for the JDBC paths.
 */
final class TestRepositories implements AutoCloseable {

    final TestPersistence unit;
    final EntityManager em;
    final TenantRepository tenants = new TenantRepository();
    final TenantPurgeRepository purges = new TenantPurgeRepository();

    private TestRepositories(DataSource dataSource) {
        unit = TestPersistence.over(dataSource);
        em = unit.entityManager();
        tenants.em = em;
        tenants.dataSource = dataSource;
        purges.em = em;
    }

    static TestRepositories over(DataSource dataSource) {
        return new TestRepositories(dataSource);
    }

    @Override
    public void close() {
        unit.close();
    }
}
