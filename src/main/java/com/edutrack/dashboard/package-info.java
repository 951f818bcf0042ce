/**
 * The dashboards of the school API ({@code /api/courses/dashboard/}): a teacher's figures (teacher
 * API seed, section 13) and the site owner's platform totals (platform.md section 4). Read-only
 * aggregates computed by the database in a fixed number of statements.
 */
package com.edutrack.dashboard;
