package com.edutrack.structure;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The four lookups served under {@code /api/structure/{kind}/}. */
public enum StructureKind {
    GRADES("grades", Grade.class, Grade::new),
    SUBJECTS("subjects", Subject.class, Subject::new),
    GOVERNORATES("governorates", Governorate.class, Governorate::new),
    AREAS("areas", Area.class, Area::new);

    private final String path;
    private final Class<? extends StructureItem> type;
    private final Supplier<? extends StructureItem> factory;

    StructureKind(String path, Class<? extends StructureItem> type, Supplier<? extends StructureItem> factory) {
        this.path = path;
        this.type = type;
        this.factory = factory;
    }

    public static Optional<StructureKind> of(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    Class<? extends StructureItem> type() {
        return type;
    }

    StructureItem create() {
        return factory.get();
    }
}
