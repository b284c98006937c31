package com.dxp.collector.platform.batch;

import static org.awaitility.Awaitility.await;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.jberet.se.SEArtifactFactory;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs jobs in JBeret SE for tests: the Weld container that JBeret shares (so tests reach the same fake beans the
 * artifacts get injected), starting and restarting jobs, and waiting for an execution to end without sleeping.
 */
public final class BatchTestSupport {

    private static final Set<BatchStatus> ENDED =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private BatchTestSupport() {
    }

    public static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** The CDI bean of {@code type} from the container JBeret uses (started here if JBeret has not yet). */
    public static <T> T bean(Class<T> type) {
        return container().select(type).get();
    }

    public static long start(String job, Properties parameters) {
        return operator().start(job, parameters);
    }

    public static long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    /** Waits (bounded) until the execution has ended, and returns it. */
    public static JobExecution awaitEnd(long executionId) {
        await("execution " + executionId + " ends").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> ENDED.contains(operator().getJobExecution(executionId).getBatchStatus()));
        return operator().getJobExecution(executionId);
    }

    /** Properties from name/value pairs; a null value leaves the name out. */
    public static Properties parameters(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return properties;
    }

    /** Locks as JBeret's own factory does, so the two never start two containers. */
    private static WeldContainer container() {
        synchronized (SEArtifactFactory.class) {
            WeldContainer container = WeldContainer.instance(RegistrySingletonProvider.STATIC_INSTANCE);
            return container != null ? container : new Weld(RegistrySingletonProvider.STATIC_INSTANCE).initialize();
        }
    }
}
