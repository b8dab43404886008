package org.jjjpark.admission.canonical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of what a canonical writer produces, in lower-case hex, without keeping the bytes. */
final class Sha256 {

    /** Writes a document to the stream it is given. */
    interface Document {
        void writeTo(OutputStream out) throws IOException;
    }

    private Sha256() {
    }

    static String of(Document document) {
        try {
            DigestOutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(),
                    MessageDigest.getInstance("SHA-256"));
            document.writeTo(digest);
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a digest cannot fail", e);
        }
    }
}
