/**
 * Request plumbing: the JAX-RS application, request id and style, {@code @Created}, CORS and the
 * request size limit.
 */
package com.edutrack.platform.web;
