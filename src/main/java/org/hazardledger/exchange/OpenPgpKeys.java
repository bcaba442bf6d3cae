package org.hazardledger.exchange;

import java.io.IOException;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SignatureSubpacketTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.api.OpenPGPCertificate;
import org.bouncycastle.openpgp.api.OpenPGPImplementation;
import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.bouncycastle.openpgp.api.OpenPGPKeyGenerator;
import org.bouncycastle.openpgp.api.OpenPGPKeyReader;
import org.bouncycastle.openpgp.api.SignatureParameters;
import org.bouncycastle.openpgp.api.bc.BcOpenPGPImplementation;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;

/**
 * Makes and reads installation keys in the one profile GnuPG 2.2 (Debian 12) reads and writes with us
 * (ARCHITECTURE.md, bundle crypto): OpenPGP v4, an Ed25519 (legacy EdDSA, algorithm 22) primary key
 * and signing subkey, a Curve25519 ECDH (18) encryption subkey, and preferences on the user ID's
 * self-signature (gpg reads those) and on the direct-key signature (or gpg merges in what BC sets
 * there, SEIPD v2 among it): AES-256 then AES-128, SHA-512 then SHA-256, no compression, MDC only.
 */
public final class OpenPgpKeys {

    private static final int KEY_VERSION = 4;

    private final OpenPGPImplementation implementation = new BcOpenPGPImplementation();

    /**
     * A new key for this installation, its secret part protected by {@code passphrase}.
     *
     * @param name the installation's name (the enterprise or the federation), shown in the user ID
     * @param role "enterprise" or "federation"
     */
    public InstallationKey generate(String name, String role, UUID installationId, char[] passphrase, Date created) {
        String userId = name + " (HazardLedger " + role + ") <" + installationId + "@hazard-ledger.invalid>";
        try {
            OpenPGPKey key = new OpenPGPKeyGenerator(implementation, KEY_VERSION, false, created)
                    .withPrimaryKey(g -> g.generateLegacyEd25519KeyPair(), new Preferences())
                    .addUserId(userId, new Preferences())
                    .addSigningSubkey(g -> g.generateLegacyEd25519KeyPair())
                    .addEncryptionSubkey(g -> g.generateLegacyX25519KeyPair())
                    .build(passphrase.clone()); // the generator wipes the array it is given
            return new InstallationKey(fingerprint(key.getPrimaryKey().getPGPPublicKey()), userId,
                    key.toAsciiArmoredString(), key.toCertificate().toAsciiArmoredString());
        } catch (PGPException | IOException e) {
            throw new DomainException(e, "error.key.generate", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a public key file from the other side and checks it is a key bundles can use.
     *
     * @throws DomainException {@code error.key.malformed} when the text is not an OpenPGP public key,
     *                         {@code error.key.unsupported} when it is one of another kind
     */
    public PublicKeyInfo readPublic(String armored) {
        OpenPGPCertificate certificate;
        try {
            certificate = new OpenPGPKeyReader(implementation).parseCertificate(armored);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(e, "error.key.malformed", reason(e));
        }
        PGPPublicKey primary = certificate.getPrimaryKey().getPGPPublicKey();
        if (primary.getVersion() != KEY_VERSION || primary.getAlgorithm() != PublicKeyAlgorithmTags.EDDSA_LEGACY) {
            throw new DomainException("error.key.unsupported", fingerprint(primary).grouped());
        }
        // the armor's checksum is not enforced, so a damaged file parses: only its signatures tell
        List<OpenPGPCertificate.OpenPGPComponentKey> valid = validKeys(certificate);
        if (certificate.getValidUserIds().isEmpty() || !valid.contains(certificate.getPrimaryKey())) {
            throw new DomainException("error.key.damaged", fingerprint(primary).grouped());
        }
        if (valid.stream().noneMatch(k -> k.isSigningKey() && algorithm(k) == PublicKeyAlgorithmTags.EDDSA_LEGACY)
                || valid.stream().noneMatch(k -> k.isEncryptionKey() && algorithm(k) == PublicKeyAlgorithmTags.ECDH)) {
            throw new DomainException("error.key.unsupported", fingerprint(primary).grouped());
        }
        Iterator<String> ids = primary.getUserIDs();
        return new PublicKeyInfo(fingerprint(primary), ids.hasNext() ? ids.next() : "",
                primary.getCreationTime().toInstant());
    }

    /**
     * Opens the secret key with the passphrase, proving both are right.
     *
     * @throws DomainException {@code error.key.passphrase} for a wrong passphrase,
     *                         {@code error.key.malformed} when the text is not a secret key
     */
    public Fingerprint unlock(String armoredSecret, char[] passphrase) {
        OpenPGPKey key;
        try {
            key = new OpenPGPKeyReader(implementation).parseKey(armoredSecret);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(e, "error.key.malformed", reason(e));
        }
        try {
            for (OpenPGPKey.OpenPGPSecretKey secret : key.getSecretKeys().values()) {
                secret.unlock(passphrase);
            }
        } catch (PGPException e) {
            throw new DomainException(e, "error.key.passphrase");
        }
        return fingerprint(key.getPrimaryKey().getPGPPublicKey());
    }

    private static List<OpenPGPCertificate.OpenPGPComponentKey> validKeys(OpenPGPCertificate certificate) {
        try {
            return certificate.getValidKeys();
        } catch (RuntimeException e) {
            throw new DomainException(e, "error.key.damaged", reason(e));
        }
    }

    private static int algorithm(OpenPGPCertificate.OpenPGPComponentKey key) {
        return key.getPGPPublicKey().getAlgorithm();
    }

    private static Fingerprint fingerprint(PGPPublicKey key) {
        return new Fingerprint(org.bouncycastle.util.encoders.Hex.toHexString(key.getFingerprint()));
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The algorithm preferences gpg reads from the user ID's self-signature. */
    private static final class Preferences implements SignatureParameters.Callback {
        @Override
        public SignatureParameters apply(SignatureParameters parameters) {
            return parameters.setSignatureHashAlgorithm(HashAlgorithmTags.SHA512)
                    .setHashedSubpacketsFunction(subpackets -> {
                        subpackets.removePacketsOfType(SignatureSubpacketTags.PREFERRED_SYM_ALGS);
                        subpackets.removePacketsOfType(SignatureSubpacketTags.PREFERRED_HASH_ALGS);
                        subpackets.removePacketsOfType(SignatureSubpacketTags.PREFERRED_COMP_ALGS);
                        subpackets.removePacketsOfType(SignatureSubpacketTags.PREFERRED_AEAD_ALGORITHMS);
                        subpackets.removePacketsOfType(SignatureSubpacketTags.FEATURES);
                        subpackets.setPreferredSymmetricAlgorithms(false,
                                new int[] {SymmetricKeyAlgorithmTags.AES_256, SymmetricKeyAlgorithmTags.AES_128});
                        subpackets.setPreferredHashAlgorithms(false,
                                new int[] {HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
                        subpackets.setPreferredCompressionAlgorithms(false,
                                new int[] {CompressionAlgorithmTags.UNCOMPRESSED});
                        subpackets.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
                        return subpackets;
                    });
        }
    }
}
