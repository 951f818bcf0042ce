--liquibase formatted sql

-- Stripe news is believed only for PaymentIntents this server made (issue 11).

--changeset edutrack:510-stripe-payment-intents
-- Every PaymentIntent created for an enrollment: the amount and currency asked, and the
-- PaymentMethod charged (the id Stripe returned from attach, or the one the PaymentIntent names).
-- A webhook event about a PaymentIntent not listed here for its enrollment changes nothing.
create table stripe_payment_intents (
    payment_intent_id varchar(255) primary key,
    enrollment_id uuid not null references enrollments(id),
    attempt integer not null,
    amount_minor bigint not null,
    currency varchar(3) not null,
    payment_method_id varchar(255),
    created_at timestamp with time zone not null
);
create index stripe_payment_intents_enrollment on stripe_payment_intents(enrollment_id);
-- Payments made before this table: the PaymentIntent on the payment row is the one made.
insert into stripe_payment_intents(payment_intent_id, enrollment_id, attempt, amount_minor, currency, created_at)
    select payment_id, order_id, attempt, amount_minor, currency, created_at from sys_enrollment_payments where payment_id is not null;

--changeset edutrack:510-webhook-event-reason
-- Why an event was ignored (a PaymentIntent not made here, another amount or currency, ...).
alter table stripe_webhook_events add column reason varchar(500);
