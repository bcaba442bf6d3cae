package org.hazardledger.exchange;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.operator.PGPContentSigner;
import org.bouncycastle.openpgp.operator.PGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.PGPContentVerifier;
import org.bouncycastle.openpgp.operator.PGPContentVerifierBuilder;
import org.bouncycastle.openpgp.operator.PGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyConverter;

/**
 * OpenPGP v4 EdDSA-legacy (Ed25519) signatures with the message hashed by the JDK's MessageDigest
 * (SHA-512 runs on the processor's instructions there, about six times Bouncy Castle's Java SHA-512,
 * which its own signer moreover runs twice: once for the signature, once for the hash prefix). The
 * bytes signed are the same as Bouncy Castle's: Ed25519 over the digest of the data and the signature
 * trailer. Any other key or hash algorithm goes to Bouncy Castle's operators unchanged.
 */
final class JdkSignatureOperators {

    private JdkSignatureOperators() {
    }

    /** Signs with {@code keyAlgorithm} over {@code hashAlgorithm}. */
    static PGPContentSignerBuilder signer(int keyAlgorithm, int hashAlgorithm) {
        BcPGPContentSignerBuilder fallback = new BcPGPContentSignerBuilder(keyAlgorithm, hashAlgorithm);
        String digestName = digestName(hashAlgorithm);
        if (keyAlgorithm != PublicKeyAlgorithmTags.EDDSA_LEGACY || digestName == null) {
            return fallback;
        }
        return (signatureType, privateKey) -> {
            AsymmetricKeyParameter key = new BcPGPKeyConverter().getPrivateKey(privateKey);
            if (!(key instanceof Ed25519PrivateKeyParameters)) {
                return fallback.build(signatureType, privateKey);
            }
            return new Signer(signatureType, keyAlgorithm, hashAlgorithm, privateKey, key, digest(digestName));
        };
    }

    /** Verifies signatures, Ed25519 ones over the JDK's digests. */
    static PGPContentVerifierBuilderProvider verifiers() {
        BcPGPContentVerifierBuilderProvider fallback = new BcPGPContentVerifierBuilderProvider();
        return (keyAlgorithm, hashAlgorithm) -> {
            String digestName = digestName(hashAlgorithm);
            if (keyAlgorithm != PublicKeyAlgorithmTags.EDDSA_LEGACY || digestName == null) {
                return fallback.get(keyAlgorithm, hashAlgorithm);
            }
            return new PGPContentVerifierBuilder() {
                @Override
                public PGPContentVerifier build(PGPPublicKey publicKey) throws PGPException {
                    AsymmetricKeyParameter key = new BcPGPKeyConverter().getPublicKey(publicKey);
                    if (!(key instanceof Ed25519PublicKeyParameters)) {
                        return fallback.get(keyAlgorithm, hashAlgorithm).build(publicKey);
                    }
                    return new Verifier(keyAlgorithm, hashAlgorithm, publicKey.getKeyID(), key,
                            digest(digestName));
                }
            };
        };
    }

    /** The JDK's name of an OpenPGP hash, or null for one left to Bouncy Castle. */
    private static String digestName(int hashAlgorithm) {
        switch (hashAlgorithm) {
            case HashAlgorithmTags.SHA256:
                return "SHA-256";
            case HashAlgorithmTags.SHA384:
                return "SHA-384";
            case HashAlgorithmTags.SHA512:
                return "SHA-512";
            default:
                return null;
        }
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputStream into(MessageDigest digest) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                digest.update(b, off, len);
            }
        };
    }

    private static final class Signer implements PGPContentSigner {
        private final int type;
        private final int keyAlgorithm;
        private final int hashAlgorithm;
        private final PGPPrivateKey privateKey;
        private final AsymmetricKeyParameter key;
        private final MessageDigest digest;
        private final OutputStream out;
        private byte[] hash;

        Signer(int type, int keyAlgorithm, int hashAlgorithm, PGPPrivateKey privateKey, AsymmetricKeyParameter key,
                MessageDigest digest) {
            this.type = type;
            this.keyAlgorithm = keyAlgorithm;
            this.hashAlgorithm = hashAlgorithm;
            this.privateKey = privateKey;
            this.key = key;
            this.digest = digest;
            this.out = into(digest);
        }

        private byte[] hash() {
            if (hash == null) {
                hash = digest.digest();
            }
            return hash;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public byte[] getSignature() {
            Ed25519Signer ed25519 = new Ed25519Signer();
            ed25519.init(true, key);
            byte[] h = hash();
            ed25519.update(h, 0, h.length);
            return ed25519.generateSignature();
        }

        @Override
        public byte[] getDigest() {
            return hash().clone();
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public int getHashAlgorithm() {
            return hashAlgorithm;
        }

        @Override
        public int getKeyAlgorithm() {
            return keyAlgorithm;
        }

        @Override
        public long getKeyID() {
            return privateKey.getKeyID();
        }
    }

    private static final class Verifier implements PGPContentVerifier {
        private final int keyAlgorithm;
        private final int hashAlgorithm;
        private final long keyId;
        private final AsymmetricKeyParameter key;
        private final MessageDigest digest;
        private final OutputStream out;

        Verifier(int keyAlgorithm, int hashAlgorithm, long keyId, AsymmetricKeyParameter key, MessageDigest digest) {
            this.keyAlgorithm = keyAlgorithm;
            this.hashAlgorithm = hashAlgorithm;
            this.keyId = keyId;
            this.key = key;
            this.digest = digest;
            this.out = into(digest);
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public boolean verify(byte[] expected) {
            Ed25519Signer ed25519 = new Ed25519Signer();
            ed25519.init(false, key);
            byte[] h = digest.digest();
            ed25519.update(h, 0, h.length);
            return ed25519.verifySignature(expected);
        }

        @Override
        public int getHashAlgorithm() {
            return hashAlgorithm;
        }

        @Override
        public int getKeyAlgorithm() {
            return keyAlgorithm;
        }

        @Override
        public long getKeyID() {
            return keyId;
        }
    }
}
