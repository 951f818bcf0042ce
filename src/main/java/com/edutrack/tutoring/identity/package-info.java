/**
 * The tutoring guide's session routes at the application root: {@code /currentuser} and
 * {@code /permissions} (platform.md section 7). Their records are bare (no envelope) and a caller
 * without a valid login gets their own 401 body {@code {"status": "ERR", "message": "No login found"}}.
 */
package com.edutrack.tutoring.identity;
