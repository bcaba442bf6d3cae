package org.hazardledger.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSessionKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JceSessionKeyDataDecryptorFactoryBuilder;
import org.hazardledger.model.DomainException;

/**
 * The OpenPGP layer of a bundle in the profile gpg 2.2 reads and writes (ARCHITECTURE.md, bundle
 * crypto): SEIPD v1 with MDC, AES-256 (the JDK's AES, which uses the processor's AES instructions),
 * no compression, a v4 signature by the Ed25519 signing subkey over SHA-512, one PKESK per recipient.
 * Decryption writes the plaintext out and reports a signature only after the MDC has been checked.
 */
final class BundleCrypto {

    static final String LITERAL_NAME = "bundle.zip";
    private static final int BUFFER = 1 << 16;
    /** Chunks handed between the cipher thread and the hashing thread: 4 of 256 KiB. */
    private static final int PIPE_CHUNKS = 4;
    private static final int PIPE_CHUNK = 1 << 18;

    private final SecureRandom random = new SecureRandom();

    /** What a decrypted message said about its signer; the caller decides whether to trust it. */
    record Signed(long signingKeyId, PGPPublicKey signingKey) {
    }

    /**
     * A stream to write the plaintext to; closing it finishes the signature and the encryption (and
     * not {@code out}).
     */
    OutputStream encryptAndSign(OutputStream out, List<PGPPublicKey> recipients, PGPPrivateKey signer,
            PGPPublicKey signerPublic, Date modified) {
        try {
            PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                    new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                            .setSecureRandom(random));
            for (PGPPublicKey recipient : recipients) {
                encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient).setSecureRandom(random));
            }
            OutputStream encrypted = encryption.open(out, new byte[BUFFER]);
            PGPSignatureGenerator signature = new PGPSignatureGenerator(
                    JdkSignatureOperators.signer(signerPublic.getAlgorithm(), HashAlgorithmTags.SHA512), signerPublic);
            signature.init(PGPSignature.BINARY_DOCUMENT, signer);
            signature.generateOnePassVersion(false).encode(encrypted);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream plain = literal.open(encrypted, PGPLiteralData.BINARY, LITERAL_NAME, modified,
                    new byte[BUFFER]);
            return new SigningStream(plain, signature, literal, encrypted, encryption);
        } catch (PGPException | IOException e) {
            throw new DomainException(e, "error.bundle.write", reason(e));
        }
    }

    /**
     * Decrypts {@code in} with the first of {@code secretRings} it is addressed to, copying the
     * literal data to {@code plaintext} and checking the one-pass signature and the MDC.
     *
     * @param signerKey finds the public key of a signing key id among the keys this ledger knows
     *                  (empty: unknown signer)
     */
    Signed decryptAndVerify(InputStream in, OutputStream plaintext, List<PGPSecretKeyRing> secretRings,
            char[] passphrase, LongFunction<Optional<PGPPublicKey>> signerKey) {
        try {
            Addressed addressed = addressedToUs(in, secretRings);
            PGPPublicKeyEncryptedData data = addressed.data();
            PGPPrivateKey privateKey = unlock(addressed.secret(), passphrase);
            PGPSessionKey session = data.getSessionKey(new BcPublicKeyDataDecryptorFactory(privateKey));
            InputStream clear = data.getDataStream(new JceSessionKeyDataDecryptorFactoryBuilder().build(session));
            Signed signed;
            try {
                signed = readSignedLiteral(new BcPGPObjectFactory(clear), plaintext, signerKey);
            } catch (IOException | PGPException | RuntimeException e) {
                // garbled plaintext reads as "no signature" or worse: say "damaged" when the MDC says so
                if (!intact(data, clear)) {
                    throw new DomainException(e, "error.bundle.damaged", "MDC");
                }
                throw e;
            }
            drain(clear);
            if (!data.isIntegrityProtected() || !data.verify()) {
                throw new DomainException("error.bundle.damaged", "MDC");
            }
            return signed;
        } catch (DomainException e) {
            throw e;
        } catch (PGPException | IOException | RuntimeException e) {
            throw new DomainException(e, "error.bundle.damaged", reason(e));
        }
    }

    private record Addressed(PGPPublicKeyEncryptedData data, PGPSecretKey secret) {
    }

    /** The message's PKESK addressed to one of our keys, and that key; refuses a message for others. */
    private static Addressed addressedToUs(InputStream in, List<PGPSecretKeyRing> rings) {
        Object first;
        BcPGPObjectFactory factory = new BcPGPObjectFactory(in);
        try {
            first = factory.nextObject();
            while (first instanceof PGPMarker) {
                first = factory.nextObject();
            }
        } catch (IOException | RuntimeException e) {
            throw new DomainException(e, "error.bundle.notOpenPgp");
        }
        if (!(first instanceof PGPEncryptedDataList)) {
            throw new DomainException("error.bundle.notOpenPgp");
        }
        for (PGPEncryptedData data : (PGPEncryptedDataList) first) {
            if (data instanceof PGPPublicKeyEncryptedData) {
                PGPPublicKeyEncryptedData addressed = (PGPPublicKeyEncryptedData) data;
                for (PGPSecretKeyRing ring : rings) {
                    PGPSecretKey secret = ring.getSecretKey(addressed.getKeyID());
                    if (secret != null) {
                        return new Addressed(addressed, secret);
                    }
                }
            }
        }
        throw new DomainException("error.bundle.notForUs");
    }

    /** The private part of a secret key ({@code error.key.passphrase} for a wrong passphrase). */
    static PGPPrivateKey unlock(PGPSecretKey secret, char[] passphrase) {
        try {
            return secret.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                    .build(passphrase.clone()));
        } catch (PGPException e) {
            throw new DomainException(e, "error.key.passphrase");
        }
    }

    private static Signed readSignedLiteral(BcPGPObjectFactory factory, OutputStream plaintext,
            LongFunction<Optional<PGPPublicKey>> signerKey) throws IOException, PGPException {
        Object next = factory.nextObject();
        if (!(next instanceof PGPOnePassSignatureList)) {
            throw new DomainException("error.bundle.unsigned");
        }
        PGPOnePassSignatureList passes = (PGPOnePassSignatureList) next;
        if (passes.size() != 1) {
            throw new DomainException("error.bundle.unsigned");
        }
        PGPOnePassSignature pass = passes.get(0);
        PGPPublicKey signer = signerKey.apply(pass.getKeyID()).orElseThrow(
                () -> new DomainException("error.bundle.unknownSender", Long.toHexString(pass.getKeyID()).toUpperCase()));
        pass.init(JdkSignatureOperators.verifiers(), signer);
        next = factory.nextObject();
        if (!(next instanceof PGPLiteralData)) {
            throw new DomainException("error.bundle.damaged", "no literal data");
        }
        // this thread decrypts (AES, and SHA-1 for the MDC); the pipe's thread hashes for the signature
        // (SHA-512) and writes the plaintext out
        try (InputStream literal = ((PGPLiteralData) next).getDataStream();
             ChunkPipe pipe = new ChunkPipe("bundle-verify", PIPE_CHUNKS, PIPE_CHUNK, (b, off, len) -> {
                 pass.update(b, off, len);
                 plaintext.write(b, off, len);
             })) {
            boolean more = true;
            while (more) {
                ChunkPipe.Chunk chunk = pipe.take();
                chunk.length = literal.readNBytes(chunk.bytes, 0, chunk.bytes.length);
                more = chunk.length == chunk.bytes.length;
                pipe.send(chunk);
            }
            pipe.finish();
        }
        next = factory.nextObject();
        if (!(next instanceof PGPSignatureList) || ((PGPSignatureList) next).size() != 1) {
            throw new DomainException("error.bundle.unsigned");
        }
        PGPSignature signature = ((PGPSignatureList) next).get(0);
        if (signature.getKeyID() != pass.getKeyID() || !pass.verify(signature)) {
            throw new DomainException("error.bundle.badSignature");
        }
        if (factory.nextObject() != null) {
            throw new DomainException("error.bundle.damaged", "more than one message");
        }
        return new Signed(pass.getKeyID(), signer);
    }

    private static boolean intact(PGPPublicKeyEncryptedData data, InputStream clear) {
        try {
            drain(clear);
            return data.isIntegrityProtected() && data.verify();
        } catch (IOException | PGPException | RuntimeException e) {
            return false;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        while (in.read(buffer) >= 0) {
            // the MDC is checked only once the stream has been read to its end
        }
    }

    /** The signing subkey of a secret ring: the Ed25519 key that is not the primary. */
    static PGPSecretKey signingKey(PGPSecretKeyRing ring) {
        for (Iterator<PGPSecretKey> keys = ring.getSecretKeys(); keys.hasNext(); ) {
            PGPSecretKey key = keys.next();
            if (!key.isMasterKey() && key.getPublicKey().getAlgorithm() == PublicKeyAlgorithmTags.EDDSA_LEGACY) {
                return key;
            }
        }
        throw new DomainException("error.key.unsupported", "");
    }

    /** The encryption subkey of a public ring: the Curve25519 ECDH key. */
    static PGPPublicKey encryptionKey(PGPPublicKeyRing ring) {
        for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext(); ) {
            PGPPublicKey key = keys.next();
            if (key.isEncryptionKey() && key.getAlgorithm() == PublicKeyAlgorithmTags.ECDH && !key.hasRevocation()) {
                return key;
            }
        }
        throw new DomainException("error.key.unsupported", "");
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /**
     * Closing finishes, in order: the literal data, the signature, the encryption. What is written is
     * gathered in chunks; each goes to the pipe's thread to be hashed for the signature (SHA-512) while
     * this thread encrypts it (AES, and SHA-1 for the MDC).
     */
    private static final class SigningStream extends OutputStream {
        private final OutputStream plain;
        private final PGPSignatureGenerator signature;
        private final PGPLiteralDataGenerator literal;
        private final OutputStream encrypted;
        private final PGPEncryptedDataGenerator encryption;
        private final ChunkPipe pipe;
        private ChunkPipe.Chunk chunk;
        private boolean closed;

        SigningStream(OutputStream plain, PGPSignatureGenerator signature, PGPLiteralDataGenerator literal,
                OutputStream encrypted, PGPEncryptedDataGenerator encryption) {
            this.plain = plain;
            this.signature = signature;
            this.literal = literal;
            this.encrypted = encrypted;
            this.encryption = encryption;
            this.pipe = new ChunkPipe("bundle-sign", PIPE_CHUNKS, PIPE_CHUNK, signature::update);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            while (len > 0) {
                if (chunk == null) {
                    chunk = pipe.take();
                }
                int n = Math.min(len, chunk.bytes.length - chunk.length);
                System.arraycopy(b, off, chunk.bytes, chunk.length, n);
                chunk.length += n;
                off += n;
                len -= n;
                if (chunk.length == chunk.bytes.length) {
                    pass();
                }
            }
        }

        /** The chunk goes to be hashed and, meanwhile, is encrypted here. */
        private void pass() throws IOException {
            ChunkPipe.Chunk full = chunk;
            chunk = null;
            pipe.send(full);
            plain.write(full.bytes, 0, full.length);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (chunk != null && chunk.length > 0) {
                    pass();
                }
                pipe.finish();
            } finally {
                pipe.close();
            }
            literal.close();
            try {
                signature.generate().encode(encrypted);
            } catch (PGPException e) {
                throw new IOException(e);
            }
            encryption.close();
        }
    }
}
