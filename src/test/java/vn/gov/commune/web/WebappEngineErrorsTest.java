package vn.gov.commune.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The product's message cut out of Camunda's wrapping, as Tasklist received it before (issue 13). */
class WebappEngineErrorsTest {

  @Test
  void theListenersMessageIsCutOutOfCamundasWrapping() {
    var unwrapped = WebappEngineErrors.unwrap(
        "Cannot submit task form 6af6d1e2-1f0b-11f1-9c39-0242ac120002: ENGINE-03051 There was an exception while invoking the TaskListener."
            + " Message: 'org.camunda.bpm.engine.ProcessEngineException: Thành phần \"Tờ khai\": Tệp \"to-khai.pdf\" bị hỏng hoặc không đọc được: hãy kiểm tra và gửi lại.'");
    assertThat(unwrapped).get().extracting(WebappEngineErrors.ProductMessage::text)
        .isEqualTo("Thành phần \"Tờ khai\": Tệp \"to-khai.pdf\" bị hỏng hoặc không đọc được: hãy kiểm tra và gửi lại.");
    assertThat(unwrapped.get().authorization()).isFalse();

    var refused = WebappEngineErrors.unwrap("Cannot complete task abc: ENGINE-03051 There was an exception while invoking the TaskListener."
        + " Message: 'org.camunda.bpm.engine.AuthorizationException: Người đối chiếu không được ký chứng thực cùng bản sao.'");
    assertThat(refused).get().extracting(WebappEngineErrors.ProductMessage::text).isEqualTo("Người đối chiếu không được ký chứng thực cùng bản sao.");
    assertThat(refused.get().authorization()).isTrue();

    assertThat(WebappEngineErrors.unwrap("Cannot submit task form 0cec: ENGINE-03051 There was an exception while invoking the TaskListener."
            + " Message: 'Exception while invoking TaskListener: Đính kèm ít nhất một tài liệu minh chứng (PDF, DOCX, ODT, XLSX, JPEG, PNG).'"))
        .get().extracting(WebappEngineErrors.ProductMessage::text).isEqualTo("Đính kèm ít nhất một tài liệu minh chứng (PDF, DOCX, ODT, XLSX, JPEG, PNG).");
    assertThat(WebappEngineErrors.unwrap("Cannot instantiate process definition dossier:3:x: org.camunda.bpm.engine.ProcessEngineException: Số định danh cá nhân phải gồm đúng 12 chữ số."))
        .get().extracting(WebappEngineErrors.ProductMessage::text).isEqualTo("Số định danh cá nhân phải gồm đúng 12 chữ số.");
  }

  @Test
  void camundasOwnErrorsPassUnchanged() {
    assertThat(WebappEngineErrors.unwrap("Cannot submit task form abc: task is null")).isEmpty();
    assertThat(WebappEngineErrors.unwrap("ENGINE-03005 Execution of 'UPDATE TaskEntity[abc]' failed. Entity was updated by another transaction concurrently."))
        .isEmpty();
    assertThat(WebappEngineErrors.unwrap(null)).isEmpty();
  }

  @Test
  void onlyTheSubmissionsOfTasklistAreRewritten() {
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/task/6af6/submit-form").matches()).isTrue();
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/task/6af6/complete").matches()).isTrue();
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/process-definition/key/dossier/submit-form").matches()).isTrue();
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/process-definition/dossier:3:abc/start").matches()).isTrue();
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/process-definition/key/dossier/tenant-id/sa-thay/submit-form").matches()).isTrue();
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/task/6af6/form-variables").matches()).isFalse();
    assertThat(WebappEngineErrors.SUBMISSION.matcher("/camunda/api/engine/engine/default/job/1/execute").matches()).isFalse();
  }
}
