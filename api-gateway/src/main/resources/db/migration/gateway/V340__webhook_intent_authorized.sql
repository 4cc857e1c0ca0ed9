-- Whether the intent holds an uncaptured authorization (requires_capture), so that the webhook-dispatch processor
-- types its capture charge.captured rather than charge.succeeded, as the events projection does (ApiEventType.of).
ALTER TABLE webhook_intent ADD COLUMN authorized BOOLEAN DEFAULT FALSE NOT NULL;
