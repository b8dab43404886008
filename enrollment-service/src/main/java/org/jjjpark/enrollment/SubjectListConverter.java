package org.jjjpark.enrollment;

import jakarta.persistence.Converter;

/** Column form of a subject combination or a program's subject requirements. */
@Converter
public class SubjectListConverter extends EnumListConverter<Subject> {

    public SubjectListConverter() {
        super(Subject.class);
    }
}
