package com.edutrack.content;

import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;

/**
 * What the forms of topics, lectures and videos share: the parent they hang under (course, topic,
 * lecture), a name and a place in their parent's order. Read the same way by each form.
 */
public interface ContentForm extends Form {
    /** The parent's id (required on POST and PUT; on PATCH, sent to move the item). */
    Field<Long> parent();

    Field<String> name();

    Field<Integer> order();

    static Field<String> name(FormInput in) {
        return in.text("name").required().maxLength(200).field();
    }

    static Field<String> description(FormInput in) {
        return in.text("description").maxLength(5000).blankToNull().field();
    }

    static Field<Integer> order(FormInput in) {
        return in.integer("order", 0, Integer.MAX_VALUE).field();
    }
}
