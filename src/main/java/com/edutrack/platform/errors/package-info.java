/**
 * The one error mechanism of both APIs: services throw {@link com.edutrack.platform.errors.ApiException},
 * {@link com.edutrack.platform.errors.ErrorMapper} writes it as a DRF body under /api and as the
 * tutoring ERR body under /v1, /currentuser and /permissions.
 */
package com.edutrack.platform.errors;
