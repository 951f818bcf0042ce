package com.edutrack.platform.input;

/** A file part of a multipart request, read into memory (uploads are capped well below the heap). */
public record UploadedFile(String fileName, String contentType, byte[] content) {
    public long size() {
        return content.length;
    }

    public String extension() {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
