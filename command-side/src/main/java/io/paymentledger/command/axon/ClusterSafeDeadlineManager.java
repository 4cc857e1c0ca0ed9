package io.paymentledger.command.axon;

import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's db-scheduler deadline manager, except that cancelling a deadline that is already gone is a no-op.
 * <p>
 * Why: when two nodes handle commands on the same intent at once, both read the same scheduled deadline; the
 * winner deletes it and commits, the loser's delete then removes nothing and db-scheduler throws ("Expected one
 * execution to be removed, but removed 0", or task instance not found). That exception would surface as a 500
 * before the loser's append reaches the event store's unique constraint, whose ConcurrencyException the gateway
 * retries into the right Stripe error. The scheduler runs inside the command's transaction (db-scheduler wraps
 * the datasource transaction-aware), so the loser's rollback can never lose the winner's cancellation.
 * A deadline that is executing right now still fails the cancellation, as before.
 */
public class ClusterSafeDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(ClusterSafeDeadlineManager.class);

    public ClusterSafeDeadlineManager(Builder builder) {
        super(builder);
    }

    @Override
    protected void runOnPrepareCommitOrNow(Runnable task) {
        super.runOnPrepareCommitOrNow(() -> {
            try {
                task.run();
            } catch (TaskInstanceNotFoundException | ExecutionException alreadyGone) {
                // Only cancellations remove executions; another transaction removed this one first.
                log.debug("Deadline already removed by another transaction: {}", alreadyGone.getMessage());
            }
        });
    }
}
