package com.edutrack.incontainer;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The in-container tests' deployment: the application exactly as the build packaged it, plus this
 * package (the tests and their test-only beans, which stay inert until a test arms them). Every
 * test class deploys it under the same name, so each deployment is a redeploy of one application,
 * as far as Liberty's persistent timers (keyed by application name) are concerned.
 */
final class InContainer {
    static final String NAME = "edutrack-it";

    private InContainer() {
    }

    static WebArchive app() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, NAME + ".war");
        war.merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/edutrack.war")));
        war.addPackage(InContainer.class.getPackage());
        return war;
    }
}
