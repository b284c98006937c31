package com.dxp.collector.platform.schema;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Holds an H2 file database open from another process, as a second collector server on the same files would, until
 * its standard input closes. Started by {@link SchemaMigratorTest}.
 */
public final class H2FileHolder {

    private H2FileHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(SchemaMigratorTest.h2FileUrl(args[0]), "sa", "")) {
            c.createStatement().execute("SELECT 1");
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our input
            }
        }
    }
}
