/**
 * HTTP plumbing around the routes: the JAX-RS application, the request start filter, CORS, the
 * request size limit and the container's own error pages.
 */
package com.edutrack.platform.web;
