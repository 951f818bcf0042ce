package com.edutrack.platform.config;

/** A setting that makes no sense; its message is the one line the operator sees. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
