package org.jjjpark.partner;

/** A program is offered until withdrawn; a withdrawn program receives no new seats. */
public enum ProgramStatus {
    OFFERED,
    WITHDRAWN
}
