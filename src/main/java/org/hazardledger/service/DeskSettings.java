package org.hazardledger.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This desk's own settings, kept in {@code desk.properties} in the data folder (not in the ledger,
 * which may be on a server other desks share): which store the workbench opens at start. The
 * server's password is never written here.
 */
public final class DeskSettings {

    public static final String FILE_NAME = "desk.properties";
    static final String STORE = "store";
    static final String EMBEDDED = "embedded";
    static final String SERVER = "server";
    static final String SERVER_URL = "server.url";
    static final String SERVER_USER = "server.user";

    private static final Logger LOG = LoggerFactory.getLogger(DeskSettings.class);

    private final Path file;

    public DeskSettings(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /**
     * What was read: the store to open, and why the file was not used when it could not be (then the
     * store is the embedded ledger and the file is left as it is, for the user to put right).
     */
    public record Reading(StoreChoice store, DomainException failure) {

        public Optional<DomainException> problem() {
            return Optional.ofNullable(failure);
        }
    }

    /** The store this desk opens; without a file, the embedded ledger. */
    public Reading read() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return new Reading(StoreChoice.EMBEDDED, null);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read the desk settings {}", file, e);
            return new Reading(StoreChoice.EMBEDDED,
                    new DomainException(e, "error.desk.unreadable", file.toString(), String.valueOf(e.getMessage())));
        }
        String store = p.getProperty(STORE, EMBEDDED).strip();
        if (store.equals(EMBEDDED)) {
            return new Reading(StoreChoice.EMBEDDED, null);
        }
        if (!store.equals(SERVER)) {
            return invalid(STORE, store, null);
        }
        try {
            return new Reading(StoreChoice.server(p.getProperty(SERVER_URL), p.getProperty(SERVER_USER)), null);
        } catch (DomainException e) {
            String key = e.messageKey().equals("error.server.user") ? SERVER_USER : SERVER_URL;
            return invalid(key, p.getProperty(key, ""), e);
        }
    }

    private Reading invalid(String key, String value, DomainException cause) {
        LOG.warn("Ignoring the desk settings {}: {}={}", file, key, value);
        return new Reading(StoreChoice.EMBEDDED,
                new DomainException(cause, "error.desk.invalid", file.toString(), key, value));
    }

    /** Whether {@code actor} may change which store this desk opens: administrators only. */
    public static boolean mayChange(Actor actor) {
        return actor.role() == AccountRole.ADMIN;
    }

    /**
     * Makes {@code store} the one this desk opens from the next start on; an administrator's
     * decision (error.desk.adminOnly otherwise). The file is replaced whole or not at all.
     */
    public void write(StoreChoice store, Actor actor) {
        if (!mayChange(actor)) {
            throw new DomainException("error.desk.adminOnly");
        }
        Properties p = new Properties();
        p.setProperty(STORE, store.onServer() ? SERVER : EMBEDDED);
        if (store.onServer()) {
            p.setProperty(SERVER_URL, store.url());
            p.setProperty(SERVER_USER, store.user());
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            p.store(bytes, "HazardLedger desk settings: the store this desk opens");
            AtomicFile.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new DomainException(e, "error.desk.write", file.toString(), String.valueOf(e.getMessage()));
        }
        LOG.info("{} set this desk's store to {}", actor.name(), store.onServer() ? store.describe() : EMBEDDED);
    }
}
