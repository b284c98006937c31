package com.dxp.collector.platform;

import com.dxp.collector.platform.CollectorApi.Account;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * CPU time used so far on this machine, by process, for the benchmarks: they run the simulator, the server under
 * test and PostgreSQL on the same cores, so a rate alone does not say where the cores went. Read from Linux's
 * {@code /proc} (in clock ticks of 1/100 s) and the server's {@code cpu_processCpuTime_seconds} metric; a figure
 * that cannot be read is NaN and printed as such.
 *
 * @param wallSeconds     a monotonic clock, in seconds
 * @param testJvmSeconds  this JVM: the simulator and the benchmark's own client
 * @param serverSeconds   the Liberty server under test
 * @param postgresSeconds every {@code postgres} process, with the backends that have ended
 * @param machineBusy     the machine's busy CPU seconds, all cores
 * @param machineTotal    the machine's CPU seconds, busy or idle, all cores
 */
public record CpuUse(double wallSeconds, double testJvmSeconds, double serverSeconds, double postgresSeconds,
                     double machineBusy, double machineTotal) {

    private static final double TICK = 0.01;

    /** The CPU used so far. */
    public static CpuUse now() {
        double[] machine = machine();
        return new CpuUse(System.nanoTime() / 1e9, testJvm(), server(), postgres(), machine[0], machine[1]);
    }

    /** The CPU used between {@code earlier} and this. */
    public CpuUse since(CpuUse earlier) {
        return new CpuUse(wallSeconds - earlier.wallSeconds, testJvmSeconds - earlier.testJvmSeconds,
                serverSeconds - earlier.serverSeconds, postgresSeconds - earlier.postgresSeconds,
                machineBusy - earlier.machineBusy, machineTotal - earlier.machineTotal);
    }

    /** One line: how busy the machine was, and CPU seconds per 1,000 items by process. */
    public String describe(long items) {
        double per = 1000.0 / items;
        return String.format("machine %3.0f %% busy (%d cores); CPU s per 1,000: test JVM %.3f, server %.3f,"
                + " PostgreSQL %.3f, all %.3f", 100 * machineBusy / machineTotal,
                Runtime.getRuntime().availableProcessors(), testJvmSeconds * per, serverSeconds * per,
                postgresSeconds * per, machineBusy * per);
    }

    private static double testJvm() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static double server() {
        try {
            return CollectorApi.get("/metrics?scope=base", Account.NOBODY).body().lines()
                    .filter(l -> l.startsWith("cpu_processCpuTime_seconds"))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                    .orElse(Double.NaN);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /**
     * utime + stime of the test database's {@code postgres} processes, plus cutime + cstime: the postmaster collects
     * there the CPU of backends that have exited. The test database is the cluster whose postmaster was started with
     * {@code -p <it.db.port>} (as {@code .ci/postgres} starts it), so another cluster on the machine, such as another
     * build's, is not counted; every {@code postgres} process when no such postmaster is found.
     */
    private static double postgres() {
        try {
            List<long[]> processes = postgresProcesses();
            long postmaster = postmaster(processes);
            return processes.stream().filter(p -> postmaster < 0 || p[0] == postmaster || p[1] == postmaster)
                    .mapToLong(p -> p[2]).sum() * TICK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Every {@code postgres} process as {pid, parent pid, CPU ticks with its ended children}. */
    private static List<long[]> postgresProcesses() throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(CpuUse::postgresProcess).filter(Objects::nonNull).toList();
        }
    }

    private static long postmaster(List<long[]> processes) {
        String port = System.getProperty("it.db.port", "");
        for (long[] p : processes) {
            try {
                List<String> args = Arrays.asList(Files.readString(Path.of("/proc", Long.toString(p[0]), "cmdline"))
                        .split("\u0000"));
                int flag = args.indexOf("-p");
                if (!port.isEmpty() && flag >= 0 && flag + 1 < args.size() && args.get(flag + 1).equals(port)) {
                    return p[0];
                }
            } catch (IOException | RuntimeException e) {
                // a process that ended meanwhile
            }
        }
        return -1;
    }

    private static long[] postgresProcess(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (!stat.substring(open + 1, close).equals("postgres")) {
                return null;
            }
            // after the command: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17)
            String[] f = stat.substring(close + 2).split(" ");
            return new long[] {Long.parseLong(proc.getFileName().toString()), Long.parseLong(f[1]),
                Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null; // a process that ended meanwhile
        }
    }

    /** Busy and total CPU seconds of all cores from {@code /proc/stat}; busy excludes idle and iowait. */
    private static double[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new double[] {(total - idle) * TICK, total * TICK};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }
}
