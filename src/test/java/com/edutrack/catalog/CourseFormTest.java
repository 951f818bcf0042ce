package com.edutrack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.UploadedFile;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The course form: required fields per method and the cover picture rules (checked by content, 5 MB). */
class CourseFormTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static Map<String, List<String>> errorsOf(Map<String, Object> values, boolean partial) {
        FormInput in = FormInput.of(new LinkedHashMap<>(values), partial);
        CourseForm.read(in);
        return in.errors().asMap();
    }

    @Test
    void postNeedsNameTeacherGradeAndSubject() {
        assertEquals(Map.of("name", List.of("This field is required."), "teacher", List.of("This field is required."),
                "grade", List.of("This field is required."), "subject", List.of("This field is required.")), errorsOf(Map.of(), false));
        assertEquals(Map.of(), errorsOf(Map.of("is_active", Json.createValue("false")), true));
        assertEquals(Map.of("teacher", List.of("This field is required.")), errorsOf(Map.of("teacher", JsonValue.NULL), true));
    }

    @Test
    void theCoverIsAnImageByContentAndAnEmptyValueRemovesIt() throws Exception {
        assertEquals(Map.of("cover_picture", List.of("The submitted data was not a file. Check the encoding type on the form.")),
                errorsOf(Map.of("cover_picture", Json.createValue("not a file")), true));
        byte[] pdf = "%PDF-1.4 not an image".getBytes();
        assertEquals(Map.of("cover_picture", List.of("Upload a valid image. The file you uploaded was either not an image or a corrupted image.")),
                errorsOf(Map.of("cover_picture", List.of(upload("a.png", "image/png", pdf))), true));
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertEquals(Map.of("cover_picture", List.of("Image size must not exceed 5 MB.")),
                errorsOf(Map.of("cover_picture", List.of(upload("a.png", "image/png", huge))), true));

        CourseForm png = CourseForm.read(FormInput.of(new LinkedHashMap<>(Map.of("cover_picture", List.of(upload("a.png", "image/png", PNG)))), true));
        assertTrue(png.errors().isEmpty());
        assertEquals("a.png", png.coverPicture().value().fileName());
        CourseForm removed = CourseForm.read(FormInput.of(new LinkedHashMap<>(Map.of("cover_picture", List.of(""))), true));
        assertTrue(removed.coverPicture().sent());
        assertNull(removed.coverPicture().value());
        assertFalse(CourseForm.read(FormInput.of(new LinkedHashMap<>(), true)).coverPicture().sent());
    }

    private static UploadedFile upload(String name, String type, byte[] content) throws java.io.IOException {
        return UploadedFile.spool(name, type, new java.io.ByteArrayInputStream(content));
    }
}
