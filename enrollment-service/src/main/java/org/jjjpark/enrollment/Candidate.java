package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A gaokao candidate as the education authority of their province registered them. The applicant reads this
 * record but never changes it; only the authority corrects it, by importing it again.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    public UUID id;

    /** The registering province, which is also the candidate's source province. */
    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "exam_year", nullable = false)
    public int examYear;

    /** 考生号, unique within an exam year. */
    @Column(name = "exam_number", nullable = false)
    public String examNumber;

    @Column(nullable = false)
    public String name;

    /** AES-GCM ciphertext of the ID number ({@link FieldEncryption}); never leaves the service unmasked. */
    @Column(name = "id_number_encrypted", nullable = false)
    public byte[] idNumberEncrypted;

    /** Keyed hash of the ID number ({@link org.jjjpark.events.IdentityHashes}) for lookup and uniqueness. */
    @Column(name = "id_number_hash", nullable = false)
    public String idNumberHash;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_track", nullable = false)
    public SubjectTrack subjectTrack;

    /** The subjects taken besides Chinese, mathematics and a foreign language. */
    @Convert(converter = SubjectListConverter.class)
    @Column(nullable = false)
    public List<Subject> subjects;

    @Column(name = "total_score", nullable = false)
    public BigDecimal totalScore;

    @Column(name = "score_chinese", nullable = false)
    public BigDecimal chinese;

    @Column(name = "score_mathematics", nullable = false)
    public BigDecimal mathematics;

    @Column(name = "score_foreign_language", nullable = false)
    public BigDecimal foreignLanguage;

    @Column(name = "score_first_choice", nullable = false)
    public BigDecimal firstChoiceSubject;

    /** The re-choice (elective) subjects together. */
    @Column(name = "score_electives", nullable = false)
    public BigDecimal electives;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
