package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.CivilStatusRecord;
import vn.gov.commune.integration.CivilStatusRecord.BirthRecord;
import vn.gov.commune.integration.CivilStatusRecord.MarriageRecord;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.PopulationClient;
import vn.gov.commune.integration.PopulationQuery;

/**
 * Simulated electronic civil-status database (CSDL hộ tịch điện tử) behind the same X-Road-like
 * platform as {@link PopulationSimulator}: marital status, birth and marriage records of the demo
 * family (Nguyễn Văn An and Trần Thị Bình, married in 2024 at xã Sa Thầy; their daughter Nguyễn Bảo
 * Ngọc, born 2025) and of the other demo citizens; anyone else is 404.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/civil-status")
public class CivilStatusSimulator implements Simulator {

  /** One look-up as the platform logs it: who asked, for which dossier, about whom. */

  private static final String AN = "062095001234";
  private static final String BINH = "062301005678";
  private static final String NGOC = "062325004321";
  private static final String SA_THAY = "UBND xã Sa Thầy, tỉnh Kon Tum";

  private static final MarriageRecord AN_BINH =
      new MarriageRecord("15/2024/TLKH", LocalDate.of(2024, 5, 18), SA_THAY, AN, "Nguyễn Văn An", BINH, "Trần Thị Bình");

  static final Map<String, CivilStatusRecord> PERSONS =
      Map.of(
          AN, new CivilStatusRecord(AN, "Đã kết hôn", null, List.of(AN_BINH)),
          BINH, new CivilStatusRecord(BINH, "Đã kết hôn", null, List.of(AN_BINH)),
          NGOC,
          new CivilStatusRecord(
              NGOC,
              "Chưa kết hôn",
              new BirthRecord("102/2025/TLKS", LocalDate.of(2025, 6, 20), SA_THAY, "Nguyễn Bảo Ngọc", LocalDate.of(2025, 6, 10), AN, BINH),
              List.of()),
          "062190002468", new CivilStatusRecord("062190002468", "Chưa kết hôn", null, List.of()),
          "051088003579", new CivilStatusRecord("051088003579", "Ly hôn", null, List.of()));

  private final PersonLookups lookups;

  public CivilStatusSimulator(Clock clock) {
    this.lookups = new PersonLookups(clock);
  }

  @Override
  public NationalService service() {
    return NationalService.CIVIL_STATUS;
  }

  @PostMapping("/persons/lookup")
  public CivilStatusRecord lookUp(
      @RequestHeader(name = PopulationClient.X_ROAD_CLIENT, required = false) String client,
      @RequestHeader(name = PopulationClient.X_ROAD_ID, required = false) String caseId,
      @RequestBody PopulationQuery query) {
    return lookups.answer(client, caseId, query, PERSONS, "Không có thông tin hộ tịch của người có số định danh cá nhân này trong Cơ sở dữ liệu hộ tịch điện tử.");
  }

  /** Every look-up received, in order. */
  public List<PersonLookups.Lookup> lookups() {
    return lookups.all();
  }

  @Override
  public void clear() {
    lookups.clear();
  }
}
