/**
 * The request in flight: its API style (school or tutoring), id, original URI and matched route,
 * and {@code @Created}. Depends on no other platform package, so errors, envelope, pagination and
 * security can all read it without a cycle.
 */
package com.edutrack.platform.request;
