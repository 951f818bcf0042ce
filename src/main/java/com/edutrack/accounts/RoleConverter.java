package com.edutrack.accounts;

import com.edutrack.platform.security.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by their lower-case code, as the contracts spell them. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {
    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.fromCode(code);
    }
}
