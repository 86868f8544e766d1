package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.CitizenRecord;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.PopulationClient;
import vn.gov.commune.integration.PopulationQuery;

/**
 * Simulated national population database behind an X-Road-like data-sharing platform: a call must
 * say who asks ({@code X-Road-Client: VN/GOV/{agency}/{subsystem}}) and for which case
 * ({@code X-Road-Id}), else it is refused (400). A handful of demo citizens; anyone else is 404. The
 * demo family: Nguyễn Văn An and Trần Thị Bình, married, parents of Nguyễn Bảo Ngọc (see
 * {@link CivilStatusSimulator}).
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/population")
class PopulationSimulator implements Simulator {

  /** One lookup as the platform logs it: who asked, for which dossier, about whom. */

  /** Demo citizens; each ID follows the rule province (3) + century and sex (1) + year (2) + serial (6). */
  static final Map<String, CitizenRecord> CITIZENS =
      Stream.of(
              new CitizenRecord(
                  "062095001234", "Nguyễn Văn An", LocalDate.of(1995, 4, 12), "Nam",
                  "Phường Kon Tum, tỉnh Quảng Ngãi (trước đây tỉnh Kon Tum)",
                  "Thôn 1, xã Sa Thầy, tỉnh Quảng Ngãi", "Kinh", "Việt Nam", "Đã kết hôn"),
              new CitizenRecord(
                  "062301005678", "Trần Thị Bình", LocalDate.of(2001, 9, 3), "Nữ",
                  "Xã Sa Thầy, tỉnh Quảng Ngãi (trước đây tỉnh Kon Tum)",
                  "Tổ 3, phường Kon Tum, tỉnh Quảng Ngãi", "Kinh", "Việt Nam", "Đã kết hôn"),
              new CitizenRecord(
                  "062190002468", "Y Hoa", LocalDate.of(1990, 2, 20), "Nữ",
                  "Xã Sa Thầy, tỉnh Quảng Ngãi (trước đây tỉnh Kon Tum)",
                  "Thôn 2, xã Sa Thầy, tỉnh Quảng Ngãi", "Xơ Đăng", "Việt Nam", "Chưa kết hôn"),
              new CitizenRecord(
                  "051088003579", "Phạm Minh Đức", LocalDate.of(1988, 7, 15), "Nam",
                  "Tỉnh Quảng Ngãi", "Tổ 5, phường Kon Tum, tỉnh Quảng Ngãi", "Kinh", "Việt Nam", "Ly hôn"),
              new CitizenRecord(
                  "062040009876", "Lê Văn Cường", LocalDate.of(1940, 11, 2), "Nam",
                  "Tỉnh Quảng Nam", "Thôn 1, xã Sa Thầy, tỉnh Quảng Ngãi", "Kinh", "Việt Nam", "Góa"),
              new CitizenRecord(
                  "062325004321", "Nguyễn Bảo Ngọc", LocalDate.of(2025, 6, 10), "Nữ",
                  "Xã Sa Thầy, tỉnh Quảng Ngãi (trước đây tỉnh Kon Tum)",
                  "Thôn 1, xã Sa Thầy, tỉnh Quảng Ngãi", "Kinh", "Việt Nam", "Chưa kết hôn"))
          .collect(Collectors.toUnmodifiableMap(CitizenRecord::personalId, Function.identity()));

  private final PersonLookups lookups;

  public PopulationSimulator(Clock clock) {
    this.lookups = new PersonLookups(clock);
  }

  @Override
  public NationalService service() {
    return NationalService.POPULATION;
  }

  @PostMapping("/citizens/lookup")
  public CitizenRecord lookUp(
      @RequestHeader(name = PopulationClient.X_ROAD_CLIENT, required = false) String client,
      @RequestHeader(name = PopulationClient.X_ROAD_ID, required = false) String caseId,
      @RequestBody PopulationQuery query) {
    return lookups.answer(client, caseId, query, CITIZENS, "Không tìm thấy công dân có số định danh cá nhân này trong Cơ sở dữ liệu quốc gia về dân cư.");
  }

  /** The demo citizens. */
  public List<CitizenRecord> citizens() {
    return CITIZENS.values().stream().sorted(java.util.Comparator.comparing(CitizenRecord::personalId)).toList();
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
