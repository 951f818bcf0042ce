/**
 * Who calls: tokens (platform.md section 1), the signed-in principal, {@code @Allow}/{@code @Public}
 * (fail closed), CSRF origin checks, login throttling, password hashing.
 */
package com.edutrack.platform.security;
