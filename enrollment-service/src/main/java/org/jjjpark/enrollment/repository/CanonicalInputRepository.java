package org.jjjpark.enrollment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jjjpark.admission.canonical.CanonicalInput;
import org.jjjpark.admission.input.AdmissionInput;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A round's canonical input document (admission_round_input, V8): written in parts of a few megabytes as it is
 * produced and hashed, so that a province-sized document never sits in memory whole, and read back part by part.
 */
@ApplicationScoped
public class CanonicalInputRepository {

    /** Large enough that a province's document takes a few thousand rows, small enough to hold one in memory. */
    static final int PART_BYTES = 8 << 20;

    private final EntityManager em;

    @Inject
    public CanonicalInputRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores the canonical input of {@code input} under {@code roundId}, whose row may follow later in the
     * transaction (the reference is checked at commit).
     *
     * @return its SHA-256 in lower-case hex, as {@link CanonicalInput#sha256} computes it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String store(UUID roundId, AdmissionInput input) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            MessageDigest sha256 = sha256();
            try (PartWriter parts = new PartWriter(connection, roundId);
                 DigestOutputStream out = new DigestOutputStream(parts, sha256)) {
                CanonicalInput.write(input, out);
            } catch (IOException e) {
                throw new UncheckedIOException("the canonical input could not be stored", e);
            }
            return HexFormat.of().formatHex(sha256.digest());
        });
    }

    /** How many parts the round's document has; 0 when there is no such round. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int partCount(UUID roundId) {
        return ((Number) em.createNativeQuery("select count(*) from admission_round_input where round_id = :round")
                .setParameter("round", roundId).getSingleResult()).intValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] part(UUID roundId, int part) {
        List<?> bytes = em.createNativeQuery("select bytes from admission_round_input where round_id = :round "
                + "and part = :part").setParameter("round", roundId).setParameter("part", part).getResultList();
        return (byte[]) bytes.get(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Buffers the document and inserts a part each time the buffer fills, and the rest at close. */
    private static final class PartWriter extends OutputStream {
        private final PreparedStatement insert;
        private final UUID roundId;
        private final byte[] buffer = new byte[PART_BYTES];
        private int filled;
        private int part;

        PartWriter(Connection connection, UUID roundId) throws SQLException {
            this.insert = connection.prepareStatement(
                    "insert into admission_round_input (round_id, part, bytes) values (?, ?, ?)");
            this.roundId = roundId;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == buffer.length) {
                flushPart();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == buffer.length) {
                    flushPart();
                }
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void close() throws IOException {
            try (insert) {
                if (filled > 0 || part == 0) {
                    flushPart();
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        private void flushPart() throws IOException {
            try {
                insert.setObject(1, roundId);
                insert.setInt(2, part++);
                insert.setBytes(3, filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
                filled = 0;
            } catch (SQLException e) {
                throw new IOException("part " + part + " of the canonical input could not be stored", e);
            }
        }
    }
}
