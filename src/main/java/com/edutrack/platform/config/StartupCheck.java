package com.edutrack.platform.config;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Validates the configuration when the application starts; a bad setting stops the start with one line. */
@Startup
@Singleton
public class StartupCheck {
    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    @Inject
    AppConfig config;

    @PostConstruct
    void check() {
        try {
            config.validate();
        } catch (ConfigurationException e) {
            LOG.severe("EduTrack configuration error: " + e.getMessage());
            throw e;
        }
        LOG.info("EduTrack configuration OK (" + (config.devMode() ? "development, embedded database" : "PostgreSQL") + ")");
    }
}
