package org.hazardledger.service;

import java.util.concurrent.CancellationException;

/** Long work reports how far it is and stops when the user cancels. */
public interface Progress {

    /** Progress that nobody watches and nobody cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
            // nobody watches
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Throws when the user has cancelled: the surrounding transaction then rolls back. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
