/**
 * Logins and people of the school API ({@code /api/accounts/...}, DRF style: snake_case, DRF
 * error bodies, page-number lists): sign-in, refresh-token sessions, password change and
 * {@code me} (platform.md section 1); students' registration and own profile, the site owner's
 * teachers, students and assistants (platform.md section 2); a teacher's assistants (teacher API
 * section 1) and an assistant's coworkers. Requests are typed forms ({@code *Forms}), responses
 * the {@code *View} records; token signing and cookies' names live in {@code platform.security}.
 */
package com.edutrack.accounts;
