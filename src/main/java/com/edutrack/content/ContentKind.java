package com.edutrack.content;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.edutrack.catalog.Course;

/**
 * How one kind of course content hangs under its parent, as the shared write flow
 * ({@link CourseContentService}) needs to know it.
 *
 * @param what        the kind as the 403 message names it ("topics")
 * @param type        the kind's entity
 * @param itemQuery   loads an item by {@code :id} with what its answer and the checks read, in one statement
 * @param parentField the form field that names the parent ("course")
 * @param parentType  the parent's entity
 * @param parentQuery loads a parent by {@code :id} with the course its owner check reads next, in one
 *                    statement (a lookup by id would take one per level)
 * @param courseOf    the parent's course
 * @param create      a new item under a parent, from a validated form
 * @param moveTo      puts an item under another parent
 */
record ContentKind<E, P, F>(String what, Class<E> type, String itemQuery,
                            String parentField, Class<P> parentType, String parentQuery, Function<P, Course> courseOf,
                            BiFunction<P, F, E> create, BiConsumer<E, P> moveTo) {
}
