/** Readiness (the database answers) and liveness for load balancers: /health/ready, /health/live. */
package com.edutrack.platform.health;
