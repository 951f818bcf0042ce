package com.edutrack.content;

import java.util.List;

/**
 * Fired (synchronously, inside the deleting transaction) just before lectures are deleted, so
 * features that keep rows of a lecture (study materials) remove them and their files first.
 */
public record LecturesDeleting(List<Long> lectureIds) {
}
