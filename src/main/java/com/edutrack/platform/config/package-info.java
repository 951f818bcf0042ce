/**
 * Configuration read once at start through MicroProfile Config (environment variables); a bad
 * value stops the start with one line naming it.
 */
package com.edutrack.platform.config;
