package com.edutrack.incontainer;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container suite: what HTTP cannot see, checked inside the server on the application's own
 * beans. One deployment for all of it (a deployment of the whole application costs seconds), deployed
 * by hand so that the suite also undeploys and deploys it again, as a release does; the checks
 * live by concern in {@link TimerChecks}, {@link TransactionChecks} and {@link TokenChecks}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InContainerIT {
    private static final String APP = "app";

    @Deployment(name = APP, managed = false)
    static WebArchive app() {
        return InContainer.app();
    }

    @ArquillianResource
    Deployer deployer;
    @Inject
    TimerChecks timers;
    @Inject
    TransactionChecks transactions;
    @Inject
    TokenChecks tokens;

    @Test
    @Order(1)
    @RunAsClient
    void deploy() {
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(APP)
    void eachScheduleIsOnePersistentTimer() {
        timers.oneTimerPerSchedule();
    }

    @Test
    @Order(3)
    @RunAsClient
    void redeploy() {
        deployer.undeploy(APP);
        deployer.deploy(APP);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(APP)
    void stillOneTimerPerScheduleAfterARedeploy() {
        timers.oneTimerPerSchedule();
        timers.oneStoredTaskPerSchedule();
    }

    @Test
    @Order(5)
    @OperateOnDeployment(APP)
    void theCloseNoticeTimeoutFromTwoThreadsAtOnceNotifiesOnce() throws Exception {
        timers.closeNoticeTimeoutTwiceAtOnce();
    }

    @Test
    @Order(6)
    @OperateOnDeployment(APP)
    void thePendingCleanupTimeoutFromTwoThreadsAtOnceCancelsOnce() throws Exception {
        timers.pendingCleanupTimeoutTwiceAtOnce();
    }

    @Test
    @Order(7)
    @OperateOnDeployment(APP)
    void aPurchaseWhoseNotificationFailsLeavesNoTrace() {
        transactions.purchaseWithFailingNotification();
    }

    @Test
    @Order(8)
    @OperateOnDeployment(APP)
    void lectureDeletionObserversRunInTheDeletingTransactionAndRollBackWithIt() throws Exception {
        transactions.lectureDeletionRollsBackItsObservers();
    }

    @Test
    @Order(9)
    @OperateOnDeployment(APP)
    void keysRotateThroughTheKeyDirectoryWhileRunning() throws Exception {
        tokens.rotationThroughTheKeyDirectory();
    }

    @Test
    @Order(10)
    @RunAsClient
    void injectedTokenAndClaimsDescribeTheCallerOfARequest() throws Exception {
        TokenChecks.injectionOverHttp(baseUrl());
    }

    /** The deployment's URL on the in-container server (client side: written by TestServerSetup). */
    private static URL baseUrl() throws Exception {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("it.properties", "target/it.properties")))) {
            props.load(in);
        }
        return URI.create(props.getProperty("arquillian.base.url") + InContainer.NAME + "/").toURL();
    }

    @Test
    @Order(11)
    @RunAsClient
    void undeploy() {
        deployer.undeploy(APP);
    }
}
