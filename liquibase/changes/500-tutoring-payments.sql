--liquibase formatted sql

-- Tutoring payments and refunds through Stripe (issue 7). Payment rows are keyed by the guide's
-- ids (orderId = enrollment id, userId/ownerId = user UUID); Stripe's own ids are plain strings.

--changeset edutrack:500-payment-customers
-- One Stripe customer per user and platform.
create table sys_payment_customers (
    id uuid primary key,
    user_id uuid not null,
    customer_id varchar(255) not null,
    platform varchar(20) not null,
    is_active boolean not null default true,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    record_version integer not null default 0,
    constraint sys_payment_customers_user unique (user_id, platform)
);

--changeset edutrack:500-payment-methods
-- Cards a user paid with; card_info is a JSON object (brand, last4, expiry) read from Stripe.
create table sys_payment_methods (
    id uuid primary key,
    payment_method_id varchar(255) not null,
    user_id uuid not null,
    customer_id varchar(255) not null,
    card_holder_name varchar(200),
    card_holder_zip varchar(20),
    platform varchar(20) not null,
    card_info varchar(2000),
    is_active boolean not null default true,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    record_version integer not null default 0,
    constraint sys_payment_methods_method unique (payment_method_id)
);
create index sys_payment_methods_user on sys_payment_methods(user_id);

--changeset edutrack:500-enrollment-payments
-- The payment life cycle of one enrollment (the order). attempt numbers the PaymentIntents
-- created for it (the idempotency key holds it); refund_* track the full refund of a cancel.
create table sys_enrollment_payments (
    id uuid primary key,
    owner_id uuid not null,
    order_id uuid not null references enrollments(id),
    payment_id varchar(255),
    payment_status varchar(40),
    status_literal varchar(40) not null,
    redirect_url varchar(1000),
    amount_minor bigint not null check (amount_minor >= 0),
    currency varchar(3) not null,
    attempt integer not null default 0,
    refund_id varchar(255),
    refund_status varchar(40),
    refund_attempt integer not null default 0,
    is_active boolean not null default true,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    record_version integer not null default 0,
    constraint sys_enrollment_payments_order unique (order_id)
);
create index sys_enrollment_payments_payment on sys_enrollment_payments(payment_id);
create index sys_enrollment_payments_owner on sys_enrollment_payments(owner_id);

--changeset edutrack:500-refund-requests
-- One refund request per enrollment (the guide's unique rule, and the backstop against a double click).
create table refund_requests (
    id uuid primary key,
    enrollment_id uuid not null references enrollments(id),
    requested_by uuid not null,
    requested_at timestamp with time zone not null,
    processed_at timestamp with time zone,
    status varchar(20) not null check (status in ('pending', 'approved', 'rejected', 'autoApproved')),
    reason varchar(2000) not null,
    first_lesson_completed boolean not null,
    admin_note varchar(2000),
    amount_minor bigint not null check (amount_minor >= 0),
    currency varchar(3) not null,
    stripe_refund_id varchar(255),
    stripe_attempt integer not null default 0,
    is_active boolean not null default true,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    record_version integer not null default 0,
    constraint refund_requests_enrollment unique (enrollment_id)
);
create index refund_requests_requested_by on refund_requests(requested_by);
create index refund_requests_stripe_refund on refund_requests(stripe_refund_id);

--changeset edutrack:500-stripe-webhook-events
-- Stripe events already applied: written in the transaction of their effect, so each id acts once.
create table stripe_webhook_events (
    event_id varchar(255) primary key,
    event_type varchar(100) not null,
    enrollment_id uuid,
    outcome varchar(40) not null,
    received_at timestamp with time zone not null
);
