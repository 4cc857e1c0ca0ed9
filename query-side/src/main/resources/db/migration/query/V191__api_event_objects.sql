-- Charge and refund events (docs/api.md §9.2): one domain event now gives up to three API events, each at its own
-- position (the domain event's global index times 8, plus its place among them), and an event's data.object may
-- be a charge or a refund.
UPDATE api_event SET event_position = event_position * 8;
-- ApiEventObject JSON of the charge or refund of charge.* and refund.* events (null for payment_intent.* events,
-- whose object is intent_json); intent_json is then the intent right after the domain event.
ALTER TABLE api_event ADD COLUMN object_json VARCHAR;
ALTER TABLE api_event ADD COLUMN previous_object_json VARCHAR;

-- The projection's own fold of each refund, for the refund before a change (previous_attributes).
CREATE TABLE api_event_refund (
    refund_id   VARCHAR(255) NOT NULL,
    view_json   VARCHAR      NOT NULL,
    CONSTRAINT api_event_refund_pk PRIMARY KEY (refund_id)
);
