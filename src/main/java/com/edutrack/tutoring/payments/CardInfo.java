package com.edutrack.tutoring.payments;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Stripe's summary of a card (never its number), as stored in {@code sys_paymentMethod.cardInfo}
 * and answered with the payment method. Stored as JSON without its null values (the
 * {@code cardInfo} filter searches that text); answered with every key, null when Stripe gave none.
 */
@Schema(name = "CardInfo", description = "Stripe's summary of the card; null values where Stripe gave none, and null for a card "
        + "stored without one.", nullable = true,
        example = "{\"brand\": \"visa\", \"last4\": \"4242\", \"expMonth\": 12, \"expYear\": 2034, \"funding\": \"credit\", \"country\": \"US\"}")
public record CardInfo(
        @JsonbProperty("brand") @JsonbNillable @Schema(nullable = true, example = "visa") String brand,
        @JsonbProperty("last4") @JsonbNillable @Schema(nullable = true, pattern = "^\\d{4}$") String last4,
        @JsonbProperty("expMonth") @JsonbNillable @Schema(nullable = true, minimum = "1", maximum = "12") Long expMonth,
        @JsonbProperty("expYear") @JsonbNillable @Schema(nullable = true) Long expYear,
        @JsonbProperty("funding") @JsonbNillable @Schema(nullable = true, description = "credit, debit, prepaid or unknown") String funding,
        @JsonbProperty("country") @JsonbNillable @Schema(nullable = true, description = "Two-letter country of the issuer") String country) {

    /** The stored text back as a summary; null for none or for text that is not a JSON object. */
    static CardInfo parse(String stored) {
        if (stored == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject o)) {
                return null;
            }
            return new CardInfo(text(o, "brand"), text(o, "last4"), number(o, "expMonth"), number(o, "expYear"), text(o, "funding"),
                    text(o, "country"));
        } catch (JsonException e) {
            return null;
        }
    }

    /** The stored form: the keys with a value, in this order. */
    String toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (brand != null) b.add("brand", brand);
        if (last4 != null) b.add("last4", last4);
        if (expMonth != null) b.add("expMonth", expMonth);
        if (expYear != null) b.add("expYear", expYear);
        if (funding != null) b.add("funding", funding);
        if (country != null) b.add("country", country);
        return b.build().toString();
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : null;
    }

    private static Long number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }
}
