package org.jjjpark.enrollment;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The service's database reached directly, over a connection of its own: a write path the service does not
 * know about, or a look at what the API does not show.
 */
public final class ServiceDatabase {

    private ServiceDatabase() {
    }

    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** The number {@code query} returns for the row it selects by {@code id}, its one parameter. */
    public static long number(Connection connection, String query, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row for " + id);
                }
                return row.getLong(1);
            }
        }
    }

    /** {@link #number(Connection, String, UUID)} over a connection used for this query only. */
    public static long number(String query, UUID id) throws SQLException {
        try (Connection connection = connect()) {
            return number(connection, query, id);
        }
    }
}
