package com.dxp.collector.platform.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.Query;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The application's persistence unit ({@code collector}, with the entity classes its {@code persistence.xml} lists)
 * on EclipseLink in Java SE, over a {@link TestDatabase}: the repositories' tests run their entities and named
 * queries on the provider and the databases Liberty uses, without a server. Resource-local instead of JTA; the
 * entity managers stand in for the container's (see {@link #entityManager()}).
 */
public final class TestPersistence implements AutoCloseable {

    /** What the container runs in the caller's transaction: outside one, each such call is a transaction here. */
    private static final Set<String> TRANSACTIONAL = Set.of("persist", "merge", "remove", "find", "flush", "refresh",
            "getResultList", "getSingleResult", "getResultStream", "executeUpdate");

    private final EntityManagerFactory factory;

    private TestPersistence(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The unit over this database, which its test migrated. */
    public static TestPersistence over(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // one session per database: EclipseLink shares a deployed unit by session name
        properties.put("eclipselink.session-name", "collector-test-" + UUID.randomUUID());
        properties.put("eclipselink.weaving", "false");
        return new TestPersistence(Persistence.createEntityManagerFactory("collector", properties));
    }

    /**
     * An entity manager that behaves as the container's does for code that runs in one transaction per call: every
     * read or write is a transaction of its own, committed (after a flush, so a failure is thrown by the call, as a
     * flush in JTA throws it) unless the test opened one with {@code getTransaction().begin()}. Its persistence
     * context lasts as long as the manager, so an entity found in one call and changed is written by the next.
     */
    public EntityManager entityManager() {
        EntityManager em = factory.createEntityManager();
        return proxy(EntityManager.class, em, em);
    }

    @Override
    public void close() {
        factory.close();
    }

    private static <T> T proxy(Class<T> type, Object target, EntityManager em) {
        InvocationHandler handler = (self, method, args) -> {
            Object result = TRANSACTIONAL.contains(method.getName()) ? inTransaction(em, target, method, args)
                    : invoke(target, method, args);
            if (result == target) {
                return self;
            }
            if (result instanceof Query query) {
                return proxy(method.getReturnType(), query, em);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(TestPersistence.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object inTransaction(EntityManager em, Object target, Method method, Object[] args)
            throws Throwable {
        EntityTransaction tx = em.getTransaction();
        if (tx.isActive()) {
            return invoke(target, method, args);
        }
        tx.begin();
        try {
            Object result = invoke(target, method, args);
            em.flush();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
