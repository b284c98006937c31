package com.dxp.collector.platform.schema;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes {@link UUID} attributes to the JDBC driver unchanged (both H2 and PostgreSQL bind and return
 * {@code UUID} objects for {@code UUID} columns). It exists because EclipseLink 4.0.9's built-in UUID
 * conversion throws a {@code NullPointerException} when it reads a {@code NULL}. UUID keys (the specification keeps
 * converters off id attributes) bind as PostgreSQL's {@code uuid} too, in {@code em.find} and JPQL parameters alike,
 * without the data source's {@code stringType=unspecified}: {@code TenantRepositoryTest} shows it on both databases.
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
