package org.jjjpark.partner.repository;

import org.jjjpark.partner.ProgramStatus;

import java.util.UUID;

/** Optional criteria of a program list; {@code null} means "any". */
public record ProgramFilter(UUID partnerId, String catalogueCode, ProgramStatus status) {
}
