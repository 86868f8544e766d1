package vn.gov.commune.plan.importer;

import vn.gov.commune.plan.Indicator;

/**
 * A measurable objective (mục tiêu, chỉ tiêu) read from a plan document, proposed as an indicator of
 * the plan: the reviewer confirms it (or not) before the plan is issued.
 *
 * @param sentence the clause the target was read from, e.g. "Tối thiểu 80% hồ sơ thủ tục hành chính
 *     được xử lý hoàn toàn trực tuyến"
 * @param targetText the target as written, e.g. "tối thiểu 80%", "ít nhất 100 hồ sơ/năm/xã"
 * @param target the target value, e.g. 80
 * @param unit "%" for a share, otherwise the counted unit, e.g. "hồ sơ/năm/xã"
 * @param indicator the live measure it matches, null when none matches with confidence (followed by hand)
 * @param note why it was (not) bound, in Vietnamese, for the reviewer
 */
public record ObjectiveDraft(String sentence, String targetText, Double target, String unit, Indicator indicator, String note) {}
