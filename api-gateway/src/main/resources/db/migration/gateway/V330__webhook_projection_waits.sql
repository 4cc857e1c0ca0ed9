-- How often a delivery waited for its event to be projected (not attempts: nothing was sent). See ProjectionWait.
ALTER TABLE webhook_delivery ADD COLUMN projection_waits BIGINT DEFAULT 0 NOT NULL;
