package vn.gov.commune.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.gov.commune.shared.Hashes;

/**
 * The demo certificate authority behind the simulated remote signing service (ký số từ xa): a demo
 * root, a time-stamping authority under it, and one certificate per leader, issued the first time the
 * leader signs. Keys and certificates are kept in a PKCS#12 file ({@code app.simulators.signing-keystore}),
 * so a leader keeps his certificate across restarts; the private keys never leave this class.
 * Demo only: the keystore password is fixed and the file is not protected beyond the file system.
 */
@Component
@Profile("simulators")
public class DemoCertificateAuthority {

  /** A leader's certificate with the chain up to the demo root. */
  public record Credential(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {}

  static final String ROOT_NAME = "Demo Root CA - Commune Workflow (không dùng thật)";
  private static final char[] PASSWORD = "demo-ca".toCharArray();
  private static final String ROOT = "root";
  private static final String TSA = "tsa";
  private static final ASN1ObjectIdentifier TSA_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");
  private static final Object FILE_LOCK = new Object();
  private static final String ALGORITHM = "SHA256withECDSA";

  private final Path file;
  private final SecureRandom random = new SecureRandom();
  private KeyStore store;
  /**
   * The credentials read from the keystore, by alias: reading a PKCS#12 key decrypts it (PBKDF2, 10,000
   * rounds of HMAC-SHA256), which each signature did twice (signer and time-stamp authority) before.
   * An alias's entry is written once and never replaced, so what is read stays valid.
   */
  private final Map<String, Credential> credentials = new ConcurrentHashMap<>();

  public DemoCertificateAuthority(@Value("${app.simulators.signing-keystore:./data/signing/demo-ca.p12}") Path file) {
    this.file = file.toAbsolutePath();
  }

  /** The demo root certificate (the trust anchor a verifier needs). */
  public X509Certificate root() {
    return (X509Certificate) credential(ROOT).certificate();
  }

  /**
   * The leader's certificate, issued now (subject: full name, commune, user id) unless the keystore
   * already holds one for this user id.
   */
  public synchronized Credential leader(String userId, String fullName, String commune) {
    String alias = "leader-" + userId.toLowerCase(Locale.ROOT);
    KeyStore keys = store();
    try {
      if (!keys.containsAlias(alias)) {
        Credential root = credential(ROOT);
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.L, commune)
            .addRDN(BCStyle.O, "Ủy ban nhân dân " + commune)
            .addRDN(BCStyle.CN, fullName)
            .addRDN(BCStyle.UID, userId);
        KeyPair pair = keyPair();
        Instant now = Instant.now();
        // valid from 2020 (demo: tests move the engine clock to other dates), for three years from now
        X509Certificate certificate = issue(
            subject.build(), pair, root, Instant.parse("2020-01-01T00:00:00Z"), now.plus(3 * 365, ChronoUnit.DAYS),
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null, false);
        keys.setKeyEntry(alias, pair.getPrivate(), PASSWORD, new Certificate[] {certificate, root.certificate()});
        save(keys);
      }
      return credential(alias);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Không cấp được chứng thư số cho " + userId, e);
    }
  }

  /**
   * A CMS signature (PKCS#7 detached, SHA-256 with ECDSA P-256, CAdES signing-certificate-v2) over a document
   * whose SHA-256 is {@code digest}, with the signer's certificate and chain, and an RFC 3161 time stamp
   * of the signature value as unsigned attribute (this authority is its own TSA).
   */
  public byte[] sign(Credential signer, byte[] digest, Instant at) {
    try {
      X509Certificate certificate = signer.certificate();
      ASN1EncodableVector signed = new ASN1EncodableVector();
      signed.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
      signed.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
      X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
      ESSCertIDv2 certId = new ESSCertIDv2(
          new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
          Hashes.sha256(certificate.getEncoded()),
          new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
      signed.add(new Attribute(
          PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
      AttributeTable attributes = new AttributeTable(signed);
      ContentSigner contentSigner = new JcaContentSignerBuilder(ALGORITHM).build(signer.key());
      SignerInfoGenerator infos = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(parameters -> attributes)
          .build(contentSigner, certificate);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(infos);
      generator.addCertificates(new JcaCertStore(signer.chain()));
      CMSSignedData data = generator.generate(new CMSAbsentContent(), false);
      SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
      TimeStampToken token = timeStamp(info.getSignature(), at);
      AttributeTable unsigned = new AttributeTable(new Attribute(
          PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
      info = SignerInformation.replaceUnsignedAttributes(info, unsigned);
      return CMSSignedData.replaceSigners(data, new SignerInformationStore(info)).getEncoded("DER");
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | TSPException e) {
      throw new IllegalStateException("Không tạo được chữ ký số", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The certificate's serial number in hex, upper case. */
  public static String serial(X509Certificate certificate) {
    return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
  }

  /** PEM of a certificate. */
  public static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private TimeStampToken timeStamp(byte[] signature, Instant at)
      throws GeneralSecurityException, OperatorCreationException, TSPException, IOException {
    Credential tsa = credential(TSA);
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    var request = requests.generate(TSPAlgorithms.SHA256, Hashes.sha256(signature), new BigInteger(64, random));
    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
        new JcaSimpleSignerInfoGeneratorBuilder().build(ALGORITHM, tsa.key(), tsa.certificate()),
        new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
        TSA_POLICY);
    tokens.addCertificates(new JcaCertStore(tsa.chain()));
    return tokens.generate(request, new BigInteger(64, random), Date.from(at));
  }

  private Credential credential(String alias) {
    Credential known = credentials.get(alias);
    if (known != null) {
      return known;
    }
    // not computeIfAbsent: reading takes this authority's lock, which leader() holds while it asks
    Credential read = read(alias);
    Credential raced = credentials.putIfAbsent(alias, read);
    return raced != null ? raced : read;
  }

  private Credential read(String alias) {
    KeyStore keys = store();
    try {
      PrivateKey key = (PrivateKey) keys.getKey(alias, PASSWORD);
      List<X509Certificate> chain =
          java.util.Arrays.stream(keys.getCertificateChain(alias)).map(c -> (X509Certificate) c).toList();
      return new Credential(key, chain.get(0), chain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private synchronized KeyStore store() {
    if (store != null) {
      return store;
    }
    synchronized (FILE_LOCK) {
      try {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
          keys.load(new ByteArrayInputStream(Files.readAllBytes(file)), PASSWORD);
        } else {
          keys.load(null, PASSWORD);
          KeyPair rootPair = keyPair();
          X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "Commune Workflow (demo)").addRDN(BCStyle.CN, ROOT_NAME).build();
          Instant from = Instant.parse("2020-01-01T00:00:00Z");
          X509Certificate root = issue(rootName, rootPair, null, from, from.plus(30 * 366, ChronoUnit.DAYS),
              new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign), null, true);
          Credential rootCredential = new Credential(rootPair.getPrivate(), root, List.of(root));
          keys.setKeyEntry(ROOT, rootPair.getPrivate(), PASSWORD, new Certificate[] {root});
          KeyPair tsaPair = keyPair();
          X500Name tsaName = new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "Commune Workflow (demo)").addRDN(BCStyle.CN, "Demo TSA - Commune Workflow").build();
          X509Certificate tsa = issue(tsaName, tsaPair, rootCredential, from, from.plus(30 * 365, ChronoUnit.DAYS),
              new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping), false);
          keys.setKeyEntry(TSA, tsaPair.getPrivate(), PASSWORD, new Certificate[] {tsa, root});
          save(keys);
        }
        store = keys;
        return keys;
      } catch (IOException e) {
        throw new UncheckedIOException("Không đọc được kho khóa của dịch vụ ký số mô phỏng " + file, e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Không đọc được kho khóa của dịch vụ ký số mô phỏng " + file, e);
      }
    }
  }

  private void save(KeyStore keys) {
    synchronized (FILE_LOCK) {
      try {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        keys.store(bytes, PASSWORD);
        Path temporary = Files.createTempFile(file.getParent(), "demo-ca", ".tmp");
        Files.write(temporary, bytes.toByteArray());
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private KeyPair keyPair() throws GeneralSecurityException {
    // ECDSA P-256: a key in milliseconds, so the first signature of a leader stays within the
    // product's call timeout (RSA 2048 key generation can take seconds on a busy machine)
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), random);
    return generator.generateKeyPair();
  }

  private X509Certificate issue(
      X500Name subject, KeyPair pair, Credential issuer, Instant from, Instant to, KeyUsage usage,
      ExtendedKeyUsage extendedUsage, boolean authority) throws GeneralSecurityException {
    try {
      X500Name issuerName = issuer == null ? subject : new X509CertificateHolder(issuer.certificate().getEncoded()).getSubject();
      byte[] serial = new byte[16];
      random.nextBytes(serial);
      serial[0] &= 0x7F;
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          issuerName, new BigInteger(serial), Date.from(from), Date.from(to), subject, pair.getPublic());
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, authority ? new BasicConstraints(0) : new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, usage);
      builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
      if (issuer != null) {
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer.certificate()));
      }
      if (extendedUsage != null) {
        builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage);
      }
      PrivateKey signingKey = issuer == null ? pair.getPrivate() : issuer.key();
      X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(ALGORITHM).build(signingKey));
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (OperatorCreationException | IOException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
