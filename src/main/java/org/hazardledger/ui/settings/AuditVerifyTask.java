package org.hazardledger.ui.settings;

import javafx.concurrent.Task;
import org.hazardledger.model.AuditReport;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.Progress;

/**
 * Verifies the audit trail as a Task: the service's {@link Progress} moves the indicator and reads
 * the Task's cancel flag. The walk only reads, so a cancel needs no waiting for a rollback.
 */
final class AuditVerifyTask extends Task<AuditReport> {

    private final AuditService audit;

    AuditVerifyTask(AuditService audit) {
        this.audit = audit;
    }

    @Override
    protected AuditReport call() {
        return audit.verify(new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return AuditVerifyTask.this.isCancelled();
            }
        });
    }
}
