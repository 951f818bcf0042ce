/**
 * Completes the generated OpenAPI document from the routes' own Java types and annotations
 * (error bodies, envelopes, forms, paging), so the published contract is the code's.
 */
package com.edutrack.platform.openapi;
