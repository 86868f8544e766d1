package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMarksTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "TỐI MẬT|TỐI MẬT",
    "Tối mật|TỐI MẬT",
    "   MẬT   |MẬT",
    "TUYỆT MẬT|TUYỆT MẬT",
    "[TUYỆT MẬT]|TUYỆT MẬT",
    "*** MẬT ***|MẬT",
    "\"TỐI MẬT\"|TỐI MẬT",
    "Độ mật: Tối mật|TỐI MẬT",
    "ĐỘ MẬT:MẬT|MẬT",
    "TOI MAT|TỐI MẬT",
    "- TUYET MAT -|TUYỆT MẬT",
  })
  void stampOnItsOwnLine(String line, String mark) {
    assertThat(SecretMarks.find("UỶ BAN NHÂN DÂN XÃ SA THẦY\n" + line + "\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch")).contains(mark);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ỦY BAN NHÂN DÂN\tTỐI MẬT",
    "ỦY BAN NHÂN DÂN XÃ SA THẦY        MẬT",
    "Số: 12/QĐ-UBND | Tuyệt mật",
  })
  void stampBesideTheHeaderInTheFirstLines(String header) {
    assertThat(SecretMarks.find(header + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNội dung")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Cơ quan cam kết bảo mật thông tin cá nhân của công dân.",
    "BẢO MẬT",
    "Bảo mật thông tin",
    "Mật khẩu đăng nhập Cổng Dịch vụ công",
    "Mật độ dân số của xã là 120 người/km2.",
    "Giữ bí mật thông tin về người tố cáo.",
    "Bí mật",
    "Độ mật:",
    "Chế độ mật được áp dụng theo quy định.",
    "Mật ong rừng Sa Thầy",
    "Mát",
    "MAT",
    "Tài liệu không có dấu tối mật nào.",
    "Cán bộ ký Mẫu số 01 (đóng dấu MẬT nếu cần) và gửi lại.",
  })
  void wordsInsideSentencesAreNotMarks(String line) {
    assertThat(SecretMarks.find("TỜ KHAI ĐĂNG KÝ KHAI SINH\n" + line + "\nNgười khai ký tên")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n \n"})
  void emptyTextHasNoMark(String text) {
    assertThat(SecretMarks.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void cellsAreOnlyLookedAtInTheHeader() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      text.append("Dòng ").append(i).append(" của văn bản\n");
    }
    assertThat(SecretMarks.find(text + "Ghi chú\t\tMật")).isEmpty();
    assertThat(SecretMarks.find(text + "MẬT")).contains("MẬT");
  }
}
