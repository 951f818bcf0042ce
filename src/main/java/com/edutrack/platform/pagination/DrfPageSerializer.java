package com.edutrack.platform.pagination;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/** Writes a {@link DrfPage} in DRF's key order, without the links for {@code all=true}. */
public class DrfPageSerializer implements JsonbSerializer<DrfPage<?>> {
    @Override
    public void serialize(DrfPage<?> page, JsonGenerator out, SerializationContext ctx) {
        out.writeStartObject();
        out.write("count", page.count());
        if (!page.all()) {
            writeLink(out, "next", page.next());
            writeLink(out, "previous", page.previous());
        }
        ctx.serialize("results", page.results(), out);
        out.writeEnd();
    }

    private static void writeLink(JsonGenerator out, String key, String link) {
        if (link == null) {
            out.writeNull(key);
        } else {
            out.write(key, link);
        }
    }
}
