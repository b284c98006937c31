package com.dxp.collector.platform.schema;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes {@link UUID} attributes to the JDBC driver unchanged (both H2 and PostgreSQL bind and return
 * {@code UUID} objects for {@code UUID} columns). It exists because EclipseLink 4.0.9's built-in UUID
 * conversion throws a {@code NullPointerException} when it reads a {@code NULL}.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
