package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.plan.Indicator;
import vn.gov.commune.plan.IndicatorService;
import vn.gov.commune.support.IntegrationTest;

/**
 * The plan indicators computed from dossier records. Lives in the dossier test package because
 * dossiers can only be built here (their constructor and setters are package-private); each test
 * uses a commune of its own so the other tests' dossiers do not count.
 */
@IntegrationTest
class PlanIndicatorsTest {

  @Autowired DossierRepository dossiers;
  @Autowired ComponentRepository components;
  @Autowired IndicatorService indicators;

  private static final Instant RECEIVED = Instant.parse("2026-03-02T02:00:00Z");
  private static final Instant APPOINTMENT = Instant.parse("2026-03-05T10:00:00Z");

  private Dossier dossier(String commune, Channel channel, String serviceLevel, boolean received) {
    Dossier d = new Dossier("IND-" + UUID.randomUUID().toString().substring(0, 23), "1.001193", 1, "Đăng ký khai sinh", commune, commune, channel, serviceLevel,
        "062095001234", "Nguyễn Văn An", RECEIVED, "portal", null);
    if (received) {
      d.setReceivedAt(RECEIVED);
      d.setAppointmentAt(APPOINTMENT);
    }
    return d;
  }

  @Test
  void indicatorsCountTheCommunesDossiers() {
    String commune = "ind-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(indicators.value(Indicator.FULLY_ONLINE_SHARE, commune)).as("no dossier yet: no figure").isNull();

    // online, fully online procedure, signed result on time and delivered electronically, one component from national data
    Dossier a = dossier(commune, Channel.ONLINE, "FULL_ONLINE", true);
    a.setProcessedAt(APPOINTMENT.minusSeconds(3600));
    a.setResultType(Dossier.ResultType.APPROVED);
    a.setResultSignatureId("CK-1");
    a.setResultDeliveredAt(APPOINTMENT.minusSeconds(3500));
    dossiers.save(a);
    components.save(new DossierComponent(a.getCode(), "NOI_CU_TRU", "Giấy tờ chứng minh nơi cư trú", DossierComponent.Source.NATIONAL_DATA, "he-thong", RECEIVED));
    // at the counter, partly online, approved late, signed but handed over on paper only (never delivered electronically)
    Dossier b = dossier(commune, Channel.COUNTER, "PARTIAL_ONLINE", true);
    b.setProcessedAt(APPOINTMENT.plusSeconds(86_400));
    b.setResultType(Dossier.ResultType.APPROVED);
    b.setResultSignatureId("CK-2");
    dossiers.save(b);
    // online, apologised: finished before the apology's new date but after the first appointment, so late
    Dossier c = dossier(commune, Channel.ONLINE, "PARTIAL_ONLINE", true);
    c.setOriginalAppointmentAt(APPOINTMENT);
    c.setAppointmentAt(APPOINTMENT.plusSeconds(5 * 86_400));
    c.setProcessedAt(APPOINTMENT.plusSeconds(2 * 86_400));
    c.setResultType(Dossier.ResultType.REFUSED);
    c.setResultSignatureId("CK-3");
    dossiers.save(c);
    // online, partly online, still being processed
    dossiers.save(dossier(commune, Channel.ONLINE, "PARTIAL_ONLINE", true));
    // submitted but not received: not counted
    dossiers.save(dossier(commune, Channel.ONLINE, "FULL_ONLINE", false));

    assertThat(indicators.value(Indicator.FULLY_ONLINE_SHARE, commune)).isEqualTo(25.0);
    // a and b approved and signed, only a delivered electronically (the refusal c has no result to deliver)
    assertThat(indicators.value(Indicator.ELECTRONIC_RESULT_SHARE, commune)).isEqualTo(50.0);
    // a on time; b late; c late although finished before the apology's new date
    assertThat(indicators.value(Indicator.ON_TIME_SHARE, commune)).isEqualTo(33.3);
    assertThat(indicators.value(Indicator.DATA_REUSE_SHARE, commune)).isEqualTo(25.0);
    assertThat(IndicatorService.describe(Indicator.ON_TIME_SHARE, 80.0, 33.3)).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn: 33,3% (mục tiêu ≥ 80%, chưa đạt)");
    assertThat(indicators.value(Indicator.ON_TIME_SHARE, "ind-other")).isNull();
  }
}
