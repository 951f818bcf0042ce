/**
 * The record of scheduled runs of persistent EJB timers ({@code timer_runs}, metrics), where
 * "each occurrence ran once across the servers" can be checked. The timers themselves live with
 * their features (assessment quizzes, tutoring cleanup); platform.md "scheduled jobs" rules them.
 */
package com.edutrack.platform.scheduling;
