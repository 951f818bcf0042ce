/**
 * The tutoring service's success envelope (tutorhub-enrollment-service.txt, "response format"):
 * a typed {@link com.edutrack.platform.envelope.Envelope} around the data, named by the route's
 * {@link com.edutrack.platform.envelope.Enveloped}.
 */
package com.edutrack.platform.envelope;
