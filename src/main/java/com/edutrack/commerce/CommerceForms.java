package com.edutrack.commerce;

import java.math.BigDecimal;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.NumberFields;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of balances, recharge codes and purchases. */
public final class CommerceForms {
    /** The smallest amount of money a deposit or a recharge code may carry. */
    static final BigDecimal CENT = new BigDecimal("0.01");

    private CommerceForms() {
    }

    @Schema(name = "BalanceDepositForm", description = "A deposit into a student's balance in one course.",
            requiredProperties = {"student_id", "course_id", "amount"},
            example = "{\"student_id\": \"STU-2024-0042\", \"course_id\": 12, \"amount\": \"150.00\", \"reason\": \"cash at the centre\"}")
    public record DepositForm(@JsonbProperty("student_id") @Schema(description = "The student's id (digits) or student_code.")
                              Field<String> student,
                              @JsonbProperty("course_id") Field<Long> course,
                              @JsonbProperty("amount") @Schema(description = "At least 0.01, at most 2 decimals and 10 digits.")
                              Field<BigDecimal> amount,
                              @JsonbProperty("reason") @Schema(nullable = true, maxLength = 500, description = "Blank is stored as null.")
                              Field<String> reason,
                              @Schema(hidden = true) FieldErrors errors) implements Form {
        public static DepositForm read(FormInput in) {
            return new DepositForm(in.text("student_id").required().field(), in.integer("course_id").required().field(),
                    readAmount(in, "amount"), in.text("reason").maxLength(500).blankToNull().field(), in.errors());
        }
    }

    @Schema(name = "RechargeCodeBatchForm", description = "count new codes worth amount each, for any course or only for course.",
            requiredProperties = {"count", "amount"}, example = "{\"count\": 10, \"amount\": \"50.00\"}")
    public record CodeBatchForm(@JsonbProperty("count") @Schema(minimum = "1", maximum = "500") Field<Integer> count,
                                @JsonbProperty("amount") @Schema(description = "At least 0.01, at most 2 decimals and 10 digits.")
                                Field<BigDecimal> amount,
                                @JsonbProperty("course") @Schema(nullable = true, description = "Course id; absent or null: any course.")
                                Field<Long> course,
                                @Schema(hidden = true) FieldErrors errors) implements Form {
        public static CodeBatchForm read(FormInput in) {
            return new CodeBatchForm(in.integer("count", 1, 500).required().field(), readAmount(in, "amount"), in.integer("course").field(),
                    in.errors());
        }
    }

    @Schema(name = "RechargeCodeRedeemForm", description = "A code to spend for the student's balance in course (case-insensitive).",
            requiredProperties = {"code", "course"}, example = "{\"code\": \"K7QX2M9PRT4WZ8HN\", \"course\": 12}")
    public record RedeemForm(@JsonbProperty("code") @Schema(maxLength = 40) Field<String> code,
                             @JsonbProperty("course") Field<Long> course,
                             @Schema(hidden = true) FieldErrors errors) implements Form {
        public static RedeemForm read(FormInput in) {
            return new RedeemForm(in.text("code").required().maxLength(40).field(), in.integer("course").required().field(), in.errors());
        }
    }

    @Schema(name = "PurchaseReopenForm", description = "Extra days of access; extra_days is required although the method is PATCH.",
            requiredProperties = "extra_days", example = "{\"extra_days\": 7, \"note\": \"was ill\"}")
    public record ReopenForm(@JsonbProperty("extra_days") @Schema(minimum = "1", maximum = "365") Field<Integer> extraDays,
                             @JsonbProperty("note") @Schema(nullable = true, maxLength = 500, description = "Kept in reopen_logs; null: \"\".")
                             Field<String> note,
                             @Schema(hidden = true) FieldErrors errors) implements Form {
        public static ReopenForm read(FormInput in) {
            Field<Integer> days = in.integer("extra_days", 1, 365).required().field();
            if (!days.sent() && !in.errors().has("extra_days")) {
                // The seed's serializer requires it on this PATCH: a reopen without days means nothing.
                in.errors().add("extra_days", FieldErrors.REQUIRED);
            }
            return new ReopenForm(days, in.text("note").maxLength(500).field(), in.errors());
        }
    }

    /** A required amount of at least {@link #CENT} (DRF's DecimalField messages). */
    private static Field<BigDecimal> readAmount(FormInput in, String name) {
        FormInput.Read<BigDecimal> read = in.decimal(name).required();
        return in.has(name) ? Field.of(NumberFields.money(in.errors(), name, read.value(), CENT)) : read.field();
    }
}
