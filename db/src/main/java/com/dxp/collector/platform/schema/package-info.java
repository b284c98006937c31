/**
 * The database schema: Flyway migrations shared by PostgreSQL and embedded H2 (PostgreSQL mode), and the
 * migrator that applies them. Migrations use only SQL both databases accept (see {@code README.md}).
 */
package com.dxp.collector.platform.schema;
