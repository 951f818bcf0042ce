/**
 * What operators see of a running server: the request (or timer run) id on every log line our
 * code writes, for Liberty's JSON console log. Metrics are Liberty's mpMetrics at {@code /metrics}
 * plus the application's own counters beside the code they count (timer runs, Stripe calls).
 * Deployment with several servers: docs/deploy.md.
 */
package com.edutrack.platform.observability;
