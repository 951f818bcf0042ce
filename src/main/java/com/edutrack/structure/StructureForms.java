package com.edutrack.structure;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of the educational structure. */
public final class StructureForms {
    private StructureForms() {
    }

    @Schema(name = "LookupForm", description = "A grade, subject or governorate. name is required on POST and PUT.")
    public record LookupForm(@JsonbProperty("name") @Schema(maxLength = 100) Field<String> name,
                             @JsonbProperty("order") Field<Integer> order,
                             @JsonbProperty("is_active") Field<Boolean> isActive,
                             @Schema(hidden = true) FieldErrors errors) implements Form {
        public static LookupForm read(FormInput in) {
            return new LookupForm(readName(in), readOrder(in), in.bool("is_active").field(), in.errors());
        }
    }

    @Schema(name = "AreaForm", description = "An area of a governorate. name and governorate are required on POST and PUT.")
    public record AreaForm(@JsonbProperty("name") @Schema(maxLength = 100) Field<String> name,
                           @JsonbProperty("order") Field<Integer> order,
                           @JsonbProperty("is_active") Field<Boolean> isActive,
                           @JsonbProperty("governorate") Field<Long> governorate,
                           @Schema(hidden = true) FieldErrors errors) implements Form {
        public static AreaForm read(FormInput in) {
            return new AreaForm(readName(in), readOrder(in), in.bool("is_active").field(), in.integer("governorate").required().field(),
                    in.errors());
        }

        LookupForm lookup() {
            return new LookupForm(name, order, isActive, errors);
        }
    }

    private static Field<String> readName(FormInput in) {
        return in.text("name").required().maxLength(100).field();
    }

    private static Field<Integer> readOrder(FormInput in) {
        return in.integer("order", Integer.MIN_VALUE, Integer.MAX_VALUE).field();
    }
}
