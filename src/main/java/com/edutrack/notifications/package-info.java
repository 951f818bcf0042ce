/**
 * Notifications of the school API ({@code /api/notifications/}, teacher API seed section 14): every
 * feature writes them through {@link com.edutrack.notifications.Notifications} in the transaction
 * of its event; each user reads and marks only their own. The types are platform.md section 4's.
 */
package com.edutrack.notifications;
