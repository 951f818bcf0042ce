package com.edutrack.platform.envelope;


import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/** Writes the envelope's keys in the guide's order; values go through the tutoring (camelCase) JSON-B context. */
public class EnvelopeSerializer implements JsonbSerializer<Envelope<?>> {
    @Override
    public void serialize(Envelope<?> envelope, JsonGenerator out, SerializationContext ctx) {
        out.writeStartObject();
        envelope.head.forEach((key, value) -> write(out, ctx, key, value));
        write(out, ctx, envelope.dataName, envelope.data);
        envelope.extras.forEach((key, value) -> write(out, ctx, key, value));
        if (envelope.paging != null) {
            ctx.serialize("paging", envelope.paging, out);
            ctx.serialize("filters", Envelope.none(), out);
            ctx.serialize("uiPermissions", Envelope.none(), out);
        }
        out.writeEnd();
    }

    private static void write(JsonGenerator out, SerializationContext ctx, String key, Object value) {
        if (value == null) {
            out.writeNull(key);
        } else {
            ctx.serialize(key, value, out);
        }
    }

}
