package com.edutrack.platform.envelope;

import java.util.Map;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/** Writes the envelope's keys in order; values go through the tutoring (camelCase) JSON-B context. */
public class EnvelopeSerializer implements JsonbSerializer<Envelope> {
    @Override
    public void serialize(Envelope envelope, JsonGenerator generator, SerializationContext ctx) {
        generator.writeStartObject();
        for (Map.Entry<String, Object> e : envelope.fields.entrySet()) {
            if (e.getValue() == null) {
                generator.writeNull(e.getKey());
            } else {
                ctx.serialize(e.getKey(), e.getValue(), generator);
            }
        }
        generator.writeEnd();
    }
}
