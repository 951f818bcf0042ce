/**
 * Card payments and refunds of the tutoring service ({@code /v1/...}), as the tutoring enrollment
 * guide ({@code tutorhub-enrollment-service.txt}: payment routes, sys_enrollmentPayment,
 * sys_paymentCustomer, sys_paymentMethod, refund requests) and platform.md section 9 rule them:
 * start, refresh and the Stripe webhook, the stored payment objects, the student's refund request,
 * the admin's decision and full refund. Every Stripe call goes through {@link
 * com.edutrack.tutoring.payments.StripeGateway} (stripe-java, idempotency keys from our ids).
 *
 * <p>Answers are the guide's envelope ({@code @Enveloped} + {@code Envelope<T>}; start, refresh and
 * the webhook add {@code paymentResult} / {@code webhookEvent} beside the data), failures its
 * {@code errMsg_} body; names are camelCase, declared on the records with {@code @JsonbProperty}
 * ({@code @JsonbNillable} where null is written), ids are UUIDs and amounts plain numbers. This
 * package depends on the core {@code tutoring} package, never the other way: the lifecycle asks
 * for refunds through {@link com.edutrack.tutoring.RefundPort}, implemented here by
 * {@link com.edutrack.tutoring.payments.FullRefunds}.
 */
package com.edutrack.tutoring.payments;
