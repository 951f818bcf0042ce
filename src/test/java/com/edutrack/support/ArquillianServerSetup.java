package com.edutrack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Prepares the second Liberty server of the build, on which Arquillian's managed adapter deploys the
 * in-container tests (src/test/java/com/edutrack/incontainer). It has the HTTP tests' server.xml
 * without the application (Arquillian deploys its own copy into dropins), the local JMX connector
 * the adapter talks to, its own ports and database schema, and its own JWT key directory.
 *
 * <p>Its name carries the HTTP tests' port ({@code edutrack-arq-<it.http.port>}): the adapter finds
 * its server among the machine's Java processes by name, so the name must be unique on a machine
 * where several checkouts run their builds. Ports: {@code it.arquillian.http.port} and
 * {@code it.arquillian.https.port}, by default the HTTP tests' port + 3 and + 4.
 */
final class ArquillianServerSetup {
    private ArquillianServerSetup() {
    }

    /** The server's name and HTTP port. */
    record Server(String name, String httpPort) {
    }

    /** Writes the server's configuration and recreates its schema. */
    static Server prepare(Path httpServerDir, int httpPort, String baseUrl, String user, String password, String schema) throws Exception {
        String name = TestServerSetup.firstNonBlank(System.getProperty("it.arquillian.server"), "edutrack-arq-" + httpPort);
        String arqHttp = TestServerSetup.firstNonBlank(System.getProperty("it.arquillian.http.port"), String.valueOf(httpPort + 3));
        String arqHttps = TestServerSetup.firstNonBlank(System.getProperty("it.arquillian.https.port"), String.valueOf(httpPort + 4));
        Path dir = httpServerDir.resolveSibling(name);
        Files.createDirectories(dir.resolve("configDropins/overrides"));

        String serverXml = Files.readString(httpServerDir.resolve("server.xml"));
        String withoutApp = serverXml.replaceAll("<webApplication[^>]*/>", "");
        if (withoutApp.equals(serverXml)) {
            throw new IllegalStateException("server.xml declares no <webApplication .../> to leave out of the in-container server");
        }
        Files.writeString(dir.resolve("server.xml"), withoutApp);
        copyJars(httpServerDir.resolve("jdbc"), dir.resolve("jdbc"));
        clean(dir.resolve("dropins")); // a test copy left behind by a killed run would start beside the new one

        TestServerSetup.recreateSchema(baseUrl, user, password, schema);
        Path keyDir = TestServerSetup.keyDir(dir, TestServerSetup.rsa(), TestServerSetup.rsa());
        Files.writeString(dir.resolve("configDropins/overrides/it.xml"), "<server>\n"
                + TestServerSetup.variables(arqHttp, arqHttps, TestServerSetup.jdbcUrl(baseUrl, schema), user, password, keyDir, dir.resolve("it-media"))
                + """
                    <!-- the OpenAPI scan of the whole WAR is most of an application start; the
                         in-container tests do not read the document -->
                    <variable name="mp.openapi.scan.disable" value="true"/>
                    <featureManager>
                        <feature>localConnector-1.0</feature>
                    </featureManager>
                </server>
                """);
        System.out.println("[it] in-container tests' server " + name + " on port " + arqHttp + ", schema " + schema);
        return new Server(name, arqHttp);
    }

    private static void copyJars(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, to.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void clean(Path dropins) throws IOException {
        Files.createDirectories(dropins);
        try (Stream<Path> files = Files.list(dropins)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }
}
