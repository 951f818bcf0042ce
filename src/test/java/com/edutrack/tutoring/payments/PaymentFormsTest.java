package com.edutrack.tutoring.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormInput;
import com.edutrack.tutoring.payments.PaymentForms.EnrollmentPaymentForm;
import com.edutrack.tutoring.payments.PaymentForms.RefundRequestForm;
import com.edutrack.tutoring.payments.PaymentForms.StartForm;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The payment forms and the stored card summary: rules that need no server. */
class PaymentFormsTest {
    private static final String ORDER = "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c";

    private static FormInput input(Map<String, JsonValue> values) {
        return FormInput.of(new LinkedHashMap<>(values), true);
    }

    @Test
    void theStartFormKeepsWhatWasSentAndChargesTheTrimmedMethod() {
        StartForm form = StartForm.read(input(Map.of("paymentUserParams", Json.createObjectBuilder()
                .add("paymentMethodId", " pm_card_visa ").add("cardHolderName", "Mona Adel").build())));
        form.validate();
        assertEquals(" pm_card_visa ", form.paymentUserParams().paymentMethodId(), "answered back as sent");
        assertEquals("Mona Adel", form.paymentUserParams().cardHolderName());
        assertNull(form.paymentUserParams().redirectUrl());
        assertEquals("pm_card_visa", form.requiredMethodId());
    }

    @Test
    void aMissingOrBlankPaymentMethodIsItsOwn400() {
        List<Map<String, JsonValue>> bodies = List.of(Map.of(), Map.of("paymentUserParams", JsonValue.NULL),
                Map.of("paymentUserParams", JsonValue.EMPTY_JSON_OBJECT),
                Map.of("paymentUserParams", Json.createObjectBuilder().add("paymentMethodId", "  ").build()));
        for (Map<String, JsonValue> body : bodies) {
            StartForm form = StartForm.read(input(body));
            form.validate();
            ApiException e = assertThrows(ApiException.class, form::requiredMethodId, body.toString());
            assertEquals(400, e.status());
            assertEquals("errMsg_PaymentMethodIdIsRequired", e.errKey());
        }
    }

    @Test
    void paymentUserParamsThatAreNotAnObjectAreAMalformedBody() {
        StartForm form = StartForm.read(input(Map.of("paymentUserParams", Json.createValue("pm_card_visa"))));
        assertNull(form.paymentUserParams());
        ApiException e = assertThrows(ApiException.class, form::validate);
        assertEquals("errMsg_MalformedJson", e.errKey());
        assertTrue(e.getMessage().contains("paymentUserParams"), e.getMessage());
    }

    @Test
    void aPaymentRecordNeedsItsFourFieldsAndAWellFormedOrderId() {
        EnrollmentPaymentForm full = EnrollmentPaymentForm.read(input(Map.of("orderId", Json.createValue(ORDER),
                "paymentId", Json.createValue("pi_1"), "paymentStatus", Json.createValue("succeeded"), "statusLiteral", Json.createValue("recorded"))));
        full.validate();
        assertTrue(full.complete());
        assertEquals(UUID.fromString(ORDER), full.orderId());
        EnrollmentPaymentForm blank = EnrollmentPaymentForm.read(input(Map.of("orderId", Json.createValue(ORDER),
                "paymentId", Json.createValue("pi_1"), "paymentStatus", Json.createValue(" "), "statusLiteral", Json.createValue("recorded"))));
        assertFalse(blank.complete());
        EnrollmentPaymentForm bad = EnrollmentPaymentForm.read(input(Map.of("orderId", Json.createValue("order-7"))));
        assertEquals("errMsg_MalformedJson", assertThrows(ApiException.class, bad::validate).errKey());
    }

    @Test
    void valuesTheServerDecidesAreIgnoredOnARefundRequest() {
        RefundRequestForm form = RefundRequestForm.read(input(Map.of("enrollmentId", Json.createValue(ORDER), "reason", Json.createValue("moving"),
                "status", Json.createValue("approved"), "processedAt", Json.createValue("not a date"), "firstLessonCompleted", Json.createValue(7))));
        form.validate();
        assertEquals(UUID.fromString(ORDER), form.enrollmentId());
        assertEquals("moving", form.reason());
    }

    @Test
    void theCardSummaryIsStoredWithoutNullsAndReadBackWhole() {
        CardInfo card = new CardInfo("visa", "4242", 12L, 2034L, null, "EG");
        String stored = card.toJson();
        assertEquals("{\"brand\":\"visa\",\"last4\":\"4242\",\"expMonth\":12,\"expYear\":2034,\"country\":\"EG\"}", stored);
        assertEquals(card, CardInfo.parse(stored));
        assertEquals(new CardInfo("visa", "4242", null, null, null, null), CardInfo.parse("{\"brand\":\"visa\",\"last4\":\"4242\"}"));
        assertNull(CardInfo.parse(null));
        assertNull(CardInfo.parse("not json"));
        assertNull(CardInfo.parse("[1, 2]"));
    }
}
