package com.edutrack.accounts;

import java.util.logging.Logger;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * At start: creates the site owner named by EDUTRACK_ADMIN_USERNAME / _PASSWORD when there is no
 * site owner yet, then (development only, or EDUTRACK_DEMO_DATA=true) the demo data.
 */
@Startup
@Singleton
@DependsOn("StartupCheck")
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    AppConfig config;
    @Inject
    PasswordHasher hasher;
    @Inject
    DemoData demoData;

    @PostConstruct
    void bootstrap() {
        long owners = em.createQuery("select count(u) from User u where u.role = :r", Long.class)
                .setParameter("r", Role.SITEOWNER).getSingleResult();
        if (owners == 0 && config.adminUsername().isPresent()) {
            em.persist(new User(config.adminUsername().get(), hasher.hash(config.adminPassword().orElseThrow()), Role.SITEOWNER, "Site owner", null));
            LOG.info("Created the site owner '" + config.adminUsername().get() + "'");
        }
        if (config.demoData()) {
            demoData.ensure();
        }
    }

}
