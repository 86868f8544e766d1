package vn.gov.commune.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.commune.shared.Hashes;

/**
 * The procedure catalogue as written in {@code catalogue/procedures.json}: a catalogue version, the
 * notes on its legal sources and the procedures, each with its own version number. A malformed file
 * stops the start-up with a message that names it: wrong legal times or fees must never be used
 * silently. Immutable (its lists cannot be changed), so the one parse is shared: see {@link
 * CatalogueLoader#file()}.
 */
public record CatalogueFile(String version, List<String> source, List<Entry> procedures) {

  public CatalogueFile {
    source = frozen(source);
    procedures = frozen(procedures);
  }

  static final int MAX_TEXT = 2000;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,31}");
  private static final Pattern COMPONENT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{0,31}");

  /** The id of a process model in processes/ (the file name), e.g. "dossier-processing". */
  static final java.util.regex.Pattern PROCESS_KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One version of one procedure. */
  public record Entry(
      String code,
      Integer version,
      String nationalCode,
      String name,
      String field,
      ServiceLevel serviceLevel,
      Integer legalWorkingDays,
      Integer verificationWorkingDays,
      SupplementClock supplementClock,
      Integer supplementWithinWorkingDays,
      Fee fee,
      Boolean paymentPlatform,
      Integer paymentWithinWorkingDays,
      List<Component> components,
      String processingGroup,
      String approvingGroup,
      String legalBasis,
      String sourceNote,
      // left out of the fingerprint when absent: entries without it keep their content hash
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          String processingProcess,
      // the agencies a linked procedure consults through LGSP; left out of the fingerprint when absent
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          List<Consultation> consultations) {

    public Entry {
      components = frozen(components);
      consultations = frozen(consultations);
    }
  }

  /** One agency consulted through LGSP: its code, the working days it has to answer, what it does for the dossier. */
  public record Consultation(ConsultationAgency agency, Integer withinWorkingDays, String purpose) {}

  public record Fee(FeeRule rule, Long amount, String description) {}

  /** {@code fileTypes}: the file types the component accepts, e.g. "PDF,JPEG,PNG,TIFF" (null: the default list). */
  public record Component(
      String code,
      String name,
      Boolean required,
      String nationalDataSource,
      String fileTypes,
      // whose data the national source is fetched for ("APPLICANT,SPOUSE"); left out of the fingerprint when absent
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
          String nationalDataPersons) {

    public Component(String code, String name, Boolean required, String nationalDataSource, String fileTypes) {
      this(code, name, required, nationalDataSource, fileTypes, null);
    }
  }

  /** Reads and checks a catalogue; {@code name} names the file in error messages. */
  public static CatalogueFile read(String name, InputStream in) {
    CatalogueFile file;
    try {
      file = JSON.readValue(in, CatalogueFile.class);
    } catch (JsonProcessingException e) {
      throw invalid(name, "not valid JSON or an unknown enum value (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the procedure catalogue " + name + ": " + e.getMessage(), e);
    }
    if (file == null) {
      throw invalid(name, "empty file");
    }
    file.check(name);
    return file;
  }

  private void check(String name) {
    if (blank(version)) {
      throw invalid(name, "\"version\" (the catalogue version, e.g. \"2026.11.1\") is missing");
    }
    if (procedures == null || procedures.isEmpty()) {
      throw invalid(name, "\"procedures\" is empty");
    }
    Set<String> seen = new HashSet<>();
    for (Entry entry : procedures) {
      if (entry == null) {
        throw invalid(name, "a procedure is null");
      }
      String where = name + " (" + entry.code() + " v" + entry.version() + ")";
      checkEntry(where, entry);
      if (!seen.add(entry.code() + "#" + entry.version())) {
        throw invalid(name, "procedure " + entry.code() + " version " + entry.version() + " is listed twice");
      }
    }
  }

  private static void checkEntry(String where, Entry e) {
    require(where, e.code() != null && CODE.matcher(e.code()).matches(), "\"code\" must be 1-32 letters, digits, '.' or '-'");
    require(where, e.version() != null && e.version() >= 1, "\"version\" must be a whole number ≥ 1");
    require(where, e.nationalCode() == null || CODE.matcher(e.nationalCode()).matches(), "\"nationalCode\" is malformed");
    require(where, !blank(e.name()) && e.name().length() <= 500, "\"name\" is missing or longer than 500");
    require(where, !blank(e.field()) && e.field().length() <= 200, "\"field\" is missing or longer than 200");
    require(where, e.serviceLevel() != null, "\"serviceLevel\" is missing");
    require(where, e.legalWorkingDays() != null && e.legalWorkingDays() >= 0, "\"legalWorkingDays\" must be ≥ 0");
    require(
        where,
        e.verificationWorkingDays() == null || e.verificationWorkingDays() >= e.legalWorkingDays(),
        "\"verificationWorkingDays\" must be null or ≥ legalWorkingDays");
    require(where, e.supplementClock() != null, "\"supplementClock\" is missing");
    require(
        where, e.supplementWithinWorkingDays() != null && e.supplementWithinWorkingDays() >= 1, "\"supplementWithinWorkingDays\" must be ≥ 1");
    checkFee(where, e);
    checkComponents(where, e.components());
    require(where, !blank(e.processingGroup()) && e.processingGroup().length() <= 64, "\"processingGroup\" is missing");
    require(where, !blank(e.approvingGroup()) && e.approvingGroup().length() <= 64, "\"approvingGroup\" is missing");
    require(where, !blank(e.legalBasis()) && e.legalBasis().length() <= MAX_TEXT, "\"legalBasis\" is missing or longer than " + MAX_TEXT);
    require(where, e.sourceNote() == null || e.sourceNote().length() <= MAX_TEXT, "\"sourceNote\" is longer than " + MAX_TEXT);
    require(
        where,
        e.processingProcess() == null || PROCESS_KEY.matcher(e.processingProcess()).matches(),
        "\"processingProcess\" must be the id of a process model (lower-case letters, digits, '-'; at most 64)");
    checkConsultations(where, e.consultations());
  }

  private static void checkConsultations(String where, List<Consultation> consultations) {
    if (consultations == null) {
      return;
    }
    Set<ConsultationAgency> agencies = new HashSet<>();
    for (Consultation c : consultations) {
      require(where, c != null && c.agency() != null,
          "a consultation \"agency\" must be one of " + java.util.Arrays.toString(ConsultationAgency.values()));
      require(where, agencies.add(c.agency()), "consultation " + c.agency() + " is listed twice");
      require(where, c.withinWorkingDays() != null && c.withinWorkingDays() >= 1 && c.withinWorkingDays() <= 99,
          "consultation " + c.agency() + ": \"withinWorkingDays\" must be 1-99");
      require(where, !blank(c.purpose()) && c.purpose().length() <= 300, "consultation " + c.agency() + " has no \"purpose\"");
    }
  }

  private static void checkFee(String where, Entry e) {
    Fee fee = e.fee();
    require(where, fee != null && fee.rule() != null, "\"fee.rule\" is missing (FREE, FIXED, PER_COPY, CERTIFY_COPY)");
    require(where, !blank(fee.description()) && fee.description().length() <= 500, "\"fee.description\" is missing");
    boolean needsAmount = fee.rule() == FeeRule.FIXED || fee.rule() == FeeRule.PER_COPY;
    if (needsAmount) {
      require(where, fee.amount() != null && fee.amount() > 0, "\"fee.amount\" must be > 0 for " + fee.rule());
    } else {
      require(where, fee.amount() == null || fee.amount() == 0, "\"fee.amount\" is not used by " + fee.rule() + "; leave it out");
    }
    boolean paid = fee.rule() != FeeRule.FREE;
    require(where, e.paymentPlatform() != null, "\"paymentPlatform\" is missing");
    require(where, paid || !e.paymentPlatform(), "a FREE procedure cannot be paid through the payment platform");
    require(where, e.paymentWithinWorkingDays() != null && e.paymentWithinWorkingDays() >= 0, "\"paymentWithinWorkingDays\" must be ≥ 0");
    require(where, !paid || e.paymentWithinWorkingDays() >= 1, "\"paymentWithinWorkingDays\" must be ≥ 1 when a fee is due");
  }

  private static void checkComponents(String where, List<Component> components) {
    require(where, components != null && !components.isEmpty(), "\"components\" is empty");
    Set<String> codes = new HashSet<>();
    for (Component c : components) {
      require(where, c != null && c.code() != null && COMPONENT_CODE.matcher(c.code()).matches(), "a component \"code\" must be 1-32 capitals, digits or '_'");
      require(where, codes.add(c.code()), "component " + c.code() + " is listed twice");
      require(where, !blank(c.name()) && c.name().length() <= 500, "component " + c.code() + " has no name");
      require(where, c.required() != null, "component " + c.code() + " has no \"required\"");
      require(
          where,
          c.nationalDataSource() == null || c.nationalDataSource().matches("[A-Z][A-Z0-9_]{1,63}"),
          "component " + c.code() + ": \"nationalDataSource\" must look like CSDL_DAN_CU");
      require(
          where,
          c.nationalDataPersons() == null
              || (c.nationalDataSource() != null && c.nationalDataPersons().matches("(APPLICANT|SPOUSE|CHILD)(,(APPLICANT|SPOUSE|CHILD))*")),
          "component " + c.code() + ": \"nationalDataPersons\" needs a \"nationalDataSource\" and lists APPLICANT, SPOUSE or CHILD separated by commas");
    }
  }

  /** A fingerprint of an entry's content, to notice a procedure edited without a new version. */
  static String fingerprint(Entry entry) {
    try {
      return Hashes.sha256Hex(JSON.writeValueAsString(entry));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot fingerprint procedure " + entry.code(), e);
    }
  }

  /** An unmodifiable copy; unlike {@link List#copyOf}, it keeps nulls, which {@link #check} reports by name. */
  private static <T> List<T> frozen(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static void require(String where, boolean condition, String why) {
    if (!condition) {
      throw invalid(where, why);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static IllegalStateException invalid(String where, String why) {
    return new IllegalStateException("Procedure catalogue " + where + " is invalid: " + why);
  }
}
