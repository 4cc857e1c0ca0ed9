package io.paymentledger.ledger.reconciliation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /admin/reconciliation}: behind the admin key like the rest of {@code /admin/**}. */
@RestController
class ReconciliationController {

    private final ReadModelReconciliation reconciliation;

    ReconciliationController(ReadModelReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/admin/reconciliation")
    ReconciliationReport reconciliation() {
        return reconciliation.check();
    }
}
