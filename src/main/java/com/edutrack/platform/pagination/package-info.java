/**
 * Lists: {@link com.edutrack.platform.pagination.ListQuery} (filters, search, ordering, a page in
 * a bounded number of statements) and DRF's page ({@link com.edutrack.platform.pagination.DrfPage}).
 */
package com.edutrack.platform.pagination;
