package com.edutrack.platform.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The temporary files that hold the uploads of the request in flight. A request's thread
 * collects them and they are deleted when the servlet request ends, whatever happened to it, so
 * neither an error nor a refused upload leaves a spool file behind.
 */
@WebListener
public class SpooledUploads implements ServletRequestListener {
    private static final Logger LOG = Logger.getLogger(SpooledUploads.class.getName());
    private static final ThreadLocal<List<Path>> FILES = new ThreadLocal<>();

    static Path newFile() throws IOException {
        Path file = Files.createTempFile("edutrack-upload-", ".part");
        List<Path> files = FILES.get();
        if (files != null) {
            files.add(file);
        } else {
            file.toFile().deleteOnExit(); // not inside a servlet request (tools, tests)
        }
        return file;
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        FILES.set(new ArrayList<>());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        List<Path> files = FILES.get();
        FILES.remove();
        if (files == null) {
            return;
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the upload spool file " + file, e);
            }
        }
    }
}
