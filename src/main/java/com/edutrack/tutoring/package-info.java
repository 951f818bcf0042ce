/**
 * The tutoring service ({@code /v1/...}): tutor profiles, course packs, lesson slots, preliminary
 * meetings, enrollments and their lifecycle (cancel, cascades, pending cleanup, completion), as the
 * tutoring enrollment guide ({@code tutorhub-enrollment-service.txt}) and platform.md sections 7-9
 * rule them. Every answer is the guide's envelope ({@code @Enveloped} + {@code Envelope<T>}), every
 * failure its {@code errMsg_} body; names are camelCase, declared on the records, ids are UUIDs and
 * amounts plain numbers. Stripe payments and refunds: {@code tutoring.payments}; the session routes
 * {@code /currentuser} and {@code /permissions}: {@code tutoring.identity}.
 *
 * <p>The wire keys, {@code _idx} and {@code _owner} included, are declared on the records with
 * {@code @JsonbProperty}; a component that can be null also carries {@code @JsonbNillable}
 * (JSON-B leaves a null out when {@code @JsonbProperty} is present, and the guide writes nulls).
 */
package com.edutrack.tutoring;
