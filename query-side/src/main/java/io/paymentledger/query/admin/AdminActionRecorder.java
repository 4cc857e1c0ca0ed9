package io.paymentledger.query.admin;

import io.paymentledger.messages.admin.RecordAdminAction;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the admin actions the gateway reports ({@link RecordAdminAction}) into the audit log next to the admin API's
 * own entries. A command, because the gateway cannot reach the query side's database: the command bus brings it here
 * in every deployment (one JVM standalone and on each cluster node, Axon Server to the query service otherwise).
 */
@Component
class AdminActionRecorder {

    private final AuditLog auditLog;

    AdminActionRecorder(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @CommandHandler
    void handle(RecordAdminAction action) {
        auditLog.record(action.occurredAt(), action.keyId(), action.method(), action.path(), action.parameters(),
                action.status(), action.outcome());
    }
}
