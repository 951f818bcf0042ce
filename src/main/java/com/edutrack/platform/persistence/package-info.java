/**
 * Persistence helpers every feature shares: Liquibase at start, the "Invalid pk" reference lookup,
 * timestamp/version mapped superclasses, the SQL statement counter of the diagnostics header.
 */
package com.edutrack.platform.persistence;
