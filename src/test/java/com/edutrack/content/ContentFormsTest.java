package com.edutrack.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.input.FormInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The content forms read every field in one pass with DRF's messages; PATCH needs only what it sends. */
class ContentFormsTest {
    private static final String REQUIRED = "This field is required.";

    private static FormInput input(boolean partial, Object... kv) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            values.put((String) kv[i], v == null ? JsonValue.NULL : v instanceof Integer n ? Json.createValue(n) : Json.createValue((String) v));
        }
        return FormInput.of(values, partial);
    }

    private static Map<String, List<String>> errors(FormInput in) {
        return in.errors().asMap();
    }

    @Test
    void topicNeedsCourseAndNameOnPostButNothingOnPatch() {
        FormInput post = input(false);
        TopicForm.read(post);
        assertEquals(Map.of("course", List.of(REQUIRED), "name", List.of(REQUIRED)), errors(post));

        FormInput patch = input(true, "order", 3);
        TopicForm form = TopicForm.read(patch);
        assertTrue(errors(patch).isEmpty());
        assertFalse(form.parent().sent());
        assertEquals(3, form.order().value());
    }

    @Test
    void topicFieldsAreCheckedTogether() {
        FormInput in = input(false, "course", "first", "name", " ", "order", -1, "is_active", "x", "description", "d".repeat(5001));
        TopicForm.read(in);
        assertEquals(Map.of("course", List.of("A valid integer is required."), "name", List.of("This field may not be blank."),
                "order", List.of("Ensure this value is greater than or equal to 0."), "is_active", List.of("Must be a valid boolean."),
                "description", List.of("Ensure this field has no more than 5000 characters.")), errors(in));
    }

    @Test
    void aBlankDescriptionIsStoredAsNullAndNamesAreTrimmed() {
        TopicForm form = TopicForm.read(input(true, "name", "  Waves ", "description", "   "));
        assertEquals("Waves", form.name().value());
        assertTrue(form.description().sent());
        assertNull(form.description().value());
    }

    @Test
    void lectureMoneyAndDaysRules() {
        FormInput in = input(false, "topic", 1, "name", "l", "price", "1.999", "discount", "-1", "available_days", 366);
        LectureForm.read(in);
        assertEquals(Map.of("price", List.of("Ensure that there are no more than 2 decimal places."),
                "discount", List.of("Ensure this value is greater than or equal to 0."),
                "available_days", List.of("Ensure this value is less than or equal to 365.")), errors(in));

        LectureForm ok = LectureForm.read(input(false, "topic", 1, "name", "l", "price", "200", "available_days", 30));
        assertEquals(new BigDecimal("200.00"), ok.price().value());
        assertFalse(ok.discount().sent());
        assertTrue(ok.errors().isEmpty());

        FormInput put = input(false, "name", "Only a name");
        LectureForm.read(put);
        assertEquals(Map.of("topic", List.of(REQUIRED), "price", List.of(REQUIRED), "available_days", List.of(REQUIRED)), errors(put));
    }

    @Test
    void videoPlatformIsAChoiceAndTheUrlIsBounded() {
        FormInput in = input(false, "lecture", 1, "name", "v", "platform", "vimeo", "video_url", "https://youtube.com/" + "x".repeat(500),
                "duration_minutes", -1);
        VideoForm.read(in);
        assertEquals(Map.of("platform", List.of("\"vimeo\" is not a valid choice."),
                "video_url", List.of("Ensure this field has no more than 500 characters."),
                "duration_minutes", List.of("Ensure this value is greater than or equal to 0.")), errors(in));

        VideoForm form = VideoForm.read(input(true, "platform", "bunnystream", "duration_minutes", null));
        assertEquals(VideoPlatform.BUNNYSTREAM, form.platform().value());
        assertTrue(form.durationMinutes().sent());
        assertNull(form.durationMinutes().value());
    }

    @Test
    void progressNeedsWatchedSeconds() {
        FormInput missing = input(false, "completed", "true");
        ProgressForm.read(missing);
        assertEquals(Map.of("watched_seconds", List.of(REQUIRED)), errors(missing));
        FormInput negative = input(false, "watched_seconds", -5);
        ProgressForm.read(negative);
        assertEquals(Map.of("watched_seconds", List.of("Ensure this value is greater than or equal to 0.")), errors(negative));
    }
}
