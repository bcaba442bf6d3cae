package org.hazardledger.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Plain JDBC on a closed ledger's H2 file, as someone with a database tool would use it: for tests
 * that tamper with what the program wrote.
 */
public final class LedgerSql {

    private LedgerSql() {
    }

    /** Runs one statement on the ledger in {@code dataDir} (which must not be open) and returns the row count. */
    public static int execute(Path dataDir, String sql, Object... params) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("tampering failed: " + sql, e);
        }
    }
}
