package vn.gov.commune.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import vn.gov.commune.shared.Hashes;

/**
 * PAdES signatures of the product's PDFs. Signing is remote (ký số từ xa): the product computes the
 * SHA-256 of the PDF's signed byte range, the signing service answers a CMS signature (ETSI.CAdES.detached)
 * and the product embeds it in the signature dictionary; no key is ever here. Verification checks each
 * signature's byte range, digest and signature value, the chain up to a trusted root, and the time stamp.
 */
public final class PdfSignatures {

  /** Room reserved in the PDF for the CMS signature (certificates and time stamp included). */
  static final int RESERVED_SIGNATURE_BYTES = 24_000;

  private PdfSignatures() {}

  /** Who signs, as written in the signature dictionary. */
  public record Signing(String signerName, String location, String reason, Calendar at) {}

  /**
   * @param remote takes the SHA-256 of the signed byte range, answers the DER of the CMS signature
   * @return the signed PDF (the unsigned one with an incremental update holding the signature)
   */
  public static byte[] sign(byte[] pdf, Signing signing, Function<byte[], byte[]> remote) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
      signature.setName(signing.signerName());
      signature.setLocation(signing.location());
      signature.setReason(signing.reason());
      signature.setSignDate(signing.at());
      SignatureOptions options = new SignatureOptions();
      options.setPreferredSignatureSize(RESERVED_SIGNATURE_BYTES);
      document.addSignature(signature, options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_SIGNATURE_BYTES + 4096);
      ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
      byte[] digest;
      try (InputStream content = external.getContent()) {
        digest = Hashes.sha256(content.readAllBytes());
      }
      byte[] cms = remote.apply(digest);
      if (cms.length == 0 || cms.length > RESERVED_SIGNATURE_BYTES) {
        throw new IllegalStateException("Chữ ký số nhận được rỗng hoặc quá lớn (" + cms.length + " byte).");
      }
      external.setSignature(cms);
      options.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a signature check found.
   *
   * @param valid the signature is intact, covers the whole file, chains to a trusted root, and its time
   *     stamp (if any) is good
   * @param unchanged the signed bytes are those that were signed (digest and signature value match)
   * @param coversWholeDocument nothing was appended after signing
   * @param chainedToTrustedRoot the signer's certificate leads to a trusted root
   * @param timeStamped an RFC 3161 time stamp of the signature value, issued by a trusted authority
   * @param signingTime from the time stamp, else the signature dictionary's date
   * @param problems what is wrong, in Vietnamese (empty when valid)
   */
  public record Check(
      boolean valid,
      boolean unchanged,
      boolean coversWholeDocument,
      boolean chainedToTrustedRoot,
      boolean timeStamped,
      String signerName,
      String signerSubject,
      String certificateSerial,
      Instant signingTime,
      List<String> problems) {}

  /** Checks every signature of the PDF; empty when it has none. */
  public static List<Check> check(byte[] pdf, Collection<X509Certificate> trustedRoots) {
    List<Check> checks = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDSignature signature : document.getSignatureDictionaries()) {
        checks.add(check(pdf, signature, trustedRoots));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Tệp không phải là PDF đọc được.", e);
    }
    return checks;
  }

  private static Check check(byte[] pdf, PDSignature signature, Collection<X509Certificate> roots) {
    List<String> problems = new ArrayList<>();
    int[] range = signature.getByteRange();
    boolean covers = range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
    if (!covers) {
      problems.add("Tệp có nội dung được thêm hoặc thay đổi ngoài phạm vi đã ký.");
    }
    boolean unchanged = false;
    boolean chained = false;
    boolean timeStamped = false;
    String name = signature.getName();
    String subject = null;
    String serial = null;
    Instant time = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant).orElse(null);
    try {
      byte[] signedContent = signature.getSignedContent(pdf);
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), signature.getContents(pdf));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      X509Certificate certificate = certificate(cms.getCertificates(), signer);
      if (certificate == null) {
        problems.add("Chữ ký số không kèm chứng thư số của người ký.");
      } else {
        X500Name x500 = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        subject = x500.toString();
        name = firstValue(x500, BCStyle.CN).orElse(name);
        serial = certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
        try {
          unchanged = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException e) {
          unchanged = false;
        }
        if (!unchanged) {
          problems.add("Nội dung văn bản đã bị thay đổi sau khi ký (mã băm hoặc chữ ký không khớp).");
        }
        List<X509Certificate> pool = certificates(cms.getCertificates());
        chained = chainsTo(certificate, pool, roots, time);
        if (!chained) {
          problems.add("Chứng thư số của người ký không thuộc chuỗi tin cậy (không dẫn tới chứng thư gốc được tin cậy).");
        }
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute stamp = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp != null) {
          TimeStampToken token = new TimeStampToken(new CMSSignedData(stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
          X509Certificate tsa = certificate(token.getCertificates(), token.getSID());
          boolean imprintMatches = Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), Hashes.sha256(signer.getSignature()));
          boolean tokenValid = false;
          if (tsa != null) {
            try {
              token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
              tokenValid = chainsTo(tsa, certificates(token.getCertificates()), roots, token.getTimeStampInfo().getGenTime().toInstant());
            } catch (TSPException e) {
              tokenValid = false;
            }
          }
          timeStamped = imprintMatches && tokenValid;
          if (timeStamped) {
            time = token.getTimeStampInfo().getGenTime().toInstant();
          } else {
            problems.add("Dấu thời gian của chữ ký không hợp lệ.");
          }
        }
      }
    } catch (IOException | CMSException | TSPException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
      problems.add("Không đọc được chữ ký số: " + e.getClass().getSimpleName() + ".");
    }
    boolean valid = problems.isEmpty() && covers && unchanged && chained;
    return new Check(valid, unchanged, covers, chained, timeStamped, name, subject, serial, time, List.copyOf(problems));
  }

  private static Optional<String> firstValue(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
    RDN[] rdns = name.getRDNs(type);
    return rdns.length == 0 ? Optional.empty() : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
  }

  private static X509Certificate certificate(Store<X509CertificateHolder> store, SignerInformation signer)
      throws GeneralSecurityException {
    return certificate(store, signer.getSID());
  }

  @SuppressWarnings("unchecked")
  private static X509Certificate certificate(Store<X509CertificateHolder> store, org.bouncycastle.cms.SignerId id)
      throws GeneralSecurityException {
    Collection<X509CertificateHolder> matches = store.getMatches(id);
    return matches.isEmpty() ? null : new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
  }

  private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) throws GeneralSecurityException {
    List<X509Certificate> all = new ArrayList<>();
    for (X509CertificateHolder holder : store.getMatches(null)) {
      all.add(new JcaX509CertificateConverter().getCertificate(holder));
    }
    return all;
  }

  /**
   * Walks from {@code certificate} up through {@code pool} (issuer name and signature) until a trusted
   * root signs; each certificate must be valid at {@code at} (now when unknown). At most 5 steps.
   */
  static boolean chainsTo(X509Certificate certificate, List<X509Certificate> pool, Collection<X509Certificate> roots, Instant at) {
    java.util.Date when = java.util.Date.from(at == null ? Instant.now() : at);
    X509Certificate current = certificate;
    for (int step = 0; step < 5; step++) {
      try {
        current.checkValidity(when);
      } catch (GeneralSecurityException e) {
        return false;
      }
      for (X509Certificate root : roots) {
        if (root.equals(current)) {
          return true;
        }
        if (root.getSubjectX500Principal().equals(current.getIssuerX500Principal()) && signedBy(current, root)) {
          return true;
        }
      }
      X509Certificate issuer = null;
      for (X509Certificate candidate : pool) {
        if (!candidate.equals(current)
            && candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())
            && candidate.getBasicConstraints() >= 0
            && signedBy(current, candidate)) {
          issuer = candidate;
          break;
        }
      }
      if (issuer == null) {
        return false;
      }
      current = issuer;
    }
    return false;
  }

  private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
