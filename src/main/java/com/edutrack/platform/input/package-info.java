/**
 * Request bodies: JSON or multipart/form-data read once into a typed
 * {@link com.edutrack.platform.input.Form} with DRF's field messages, and
 * {@link com.edutrack.platform.input.Field} for absent / null / value.
 */
package com.edutrack.platform.input;
