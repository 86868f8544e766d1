package vn.gov.commune.dossier;

import org.springframework.stereotype.Component;
import vn.gov.commune.certification.CertifiedCopies;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.documents.PdfRenderer;
import vn.gov.commune.documents.ResultPaper;
import vn.gov.commune.documents.StoredFile;

/** Certified copies' attestations signed like dossier results ({@link ResultSignatures}) and kept in the file store. */
@Component
class CertifiedCopyPdfs implements CertifiedCopies {

  private final DossierSlips slips;
  private final ResultSignatures signatures;
  private final FileStore files;

  CertifiedCopyPdfs(DossierSlips slips, ResultSignatures signatures, FileStore files) {
    this.slips = slips;
    this.signatures = signatures;
    this.files = files;
  }

  @Override
  public Issued issue(Copy copy) {
    String number = CertifiedCopies.number(copy.requestCode());
    ResultPaper paper = slips.certifiedCopyPaper(
        copy.communeId(), copy.requestCode(), number, copy.procedureName(), copy.applicantName(), copy.documentTitle(),
        copy.pages(), copy.copies(), copy.fee(), copy.signerId(), copy.at());
    ResultSignatures.Signed signed = signatures.sign(
        copy.requestCode(), paper, copy.signerId(), slips.communeName(copy.communeId()), copy.at(), copy.requestCode() + ":certify");
    String fileName = "ban-sao-chung-thuc-" + copy.requestCode() + ".pdf";
    StoredFile stored = files.store(fileName, PdfRenderer.MEDIA_TYPE, signed.pdf());
    return new Issued(stored.storageKey(), fileName, stored.sha256(), signed.signature().signatureId());
  }
}
