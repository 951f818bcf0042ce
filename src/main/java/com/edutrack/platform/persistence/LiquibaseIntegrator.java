package com.edutrack.platform.persistence;

import java.sql.Connection;
import java.util.logging.Logger;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Liquibase changelog while Hibernate builds the session factory. Liberty creates the
 * EntityManagerFactory before any startup bean, so this is the first moment that comes before
 * Hibernate's schema validation.
 */
public class LiquibaseIntegrator implements Integrator {
    private static final Logger LOG = Logger.getLogger(LiquibaseIntegrator.class.getName());
    static final String CHANGELOG = "db/changelog.xml";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        ConnectionProvider connections = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class);
        try (Connection connection = connections.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            String product = database.getDatabaseProductName();
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
                liquibase.update();
            }
            LOG.info("Database schema is up to date (" + product + ")");
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    }
}
