-- H2 only. EclipseLink 4.0 (the JPA provider inside Liberty, which also runs Liberty's batch job repository)
-- reads a generated identity on H2 with `CALL IDENTITY()`, a function H2 2.x removed. This alias brings it back
-- as the session's last generated value, which is what the function returned. The body is Java that H2
-- compiles when the database opens, so an H2 deployment must run on a JDK (PostgreSQL deployments never see
-- this file).
DROP ALIAS IF EXISTS IDENTITY;
CREATE ALIAS IDENTITY AS 'long identity(java.sql.Connection connection) throws java.sql.SQLException {
    try (java.sql.Statement statement = connection.createStatement();
         java.sql.ResultSet result = statement.executeQuery("SELECT LASTVAL()")) {
        result.next();
        return result.getLong(1);
    }
}';
