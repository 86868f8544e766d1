/*
 * commune-workflow: the Cockpit page "Giám sát" (supervision), a Camunda 7.24 Cockpit plugin (the
 * frontend plugin API: an ES module whose default export is a list of plugin objects), loaded through
 * customScripts in ../scripts/config.js.
 *
 * - On Cockpit's dashboard (cockpit.dashboard), without any query: the commune's open dossiers that
 *   are overdue or due within one working day, by procedure, by step and by who holds them, the most
 *   urgent one by one (each linking to its process instance in Cockpit), and the steps past their
 *   own due date.
 * - On its own page (#/giam-sat, menu "Giám sát"): the same, plus the figures of a chosen period
 *   (tháng / quý / năm), each plan's tasks by the five government statuses with the overdue ones and
 *   the indicators, and the archives digitised against the commune's declared total (target ≥ 30%).
 *
 * - On both: the commune's automatic jobs that failed until their retries were spent (status syncs to
 *   the national portal DVCQG, OCR of scans, notices to citizens; GET /api/reports/failed-jobs), each
 *   with a button "Thử lại" that sets one retry through Cockpit's own engine API (PUT
 *   job/{id}/retries with Cockpit's CSRF token): the engine checks the person's RETRY_JOB and commune.
 *   These jobs have no process instance, so Cockpit's own views do not show them.
 *
 * Everything comes from the product's own endpoints (GET /api/reports/..., read with the Cockpit login
 * session), which keep a commune's staff to their commune; an administrator sees every commune side by
 * side. Text in Vietnamese; dates dd/MM/yyyy and times on the 24-hour clock in Vietnam time.
 */

const ZONE = 'Asia/Ho_Chi_Minh';
const PAGE = '/giam-sat';

/** The product's /api beside the webapps: the app root (e.g. /camunda) without its last segment. */
function apiBase() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '/camunda';
  return root.replace(/\/[^/]*$/, '') + '/api';
}

async function get(path, params) {
  const query = Object.entries(params || {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v))
    .join('&');
  const response = await fetch(apiBase() + path + (query ? '?' + query : ''), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error((body && body.detail) || 'Không tải được dữ liệu (mã lỗi ' + response.status + ').');
  }
  return body;
}

/** Cockpit's engine API (the webapp's login session): the app root and the engine's name from <base>. */
function engineApi() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '/camunda';
  const engine = (base && base.getAttribute('engine-name')) || 'default';
  return root + '/api/engine/engine/' + encodeURIComponent(engine);
}

function cookie(name) {
  const found = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
}

/** One more try for a failed job, at once, as Cockpit's "retry" of an incident does; a Vietnamese sentence on refusal. */
async function retryJob(jobId) {
  let token = cookie('XSRF-TOKEN');
  if (!token) {
    const read = await fetch(engineApi() + '/job/count', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    token = read.headers.get('X-XSRF-TOKEN');
  }
  const response = await fetch(engineApi() + '/job/' + encodeURIComponent(jobId) + '/retries', {
    method: 'PUT',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token || ''},
    // dueDate null: run now, not at the due date of the last failed try (15 minutes later)
    body: JSON.stringify({retries: 1, dueDate: null})
  });
  if (response.ok) {
    return;
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  const text = body && (body.message || body.detail);
  if (text && /[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u036f\u1EA0-\u1EF9]/.test(text) && !/ENGINE-|Exception/.test(text)) {
    throw new Error(text);
  }
  if (response.status === 401) {
    throw new Error('Phiên đăng nhập đã hết hạn: hãy đăng nhập lại rồi thử lại.');
  }
  if (response.status === 403) {
    throw new Error('Tài khoản của anh/chị không có quyền thử lại việc này (cần quyền của giám sát viên của xã/phường).');
  }
  if (response.status === 404) {
    throw new Error('Việc này không còn (đã chạy xong hoặc đã bị xóa): hãy tải lại trang.');
  }
  throw new Error('Không thử lại được (mã lỗi ' + response.status + ').');
}

// --- formatting (Vietnam time, dd/MM/yyyy HH:mm) ------------------------------------------------

function parts(instant) {
  const values = {};
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  }).formatToParts(new Date(instant)).forEach(p => { values[p.type] = p.value; });
  return values;
}

function dateTime(instant) {
  if (!instant) {
    return '';
  }
  const p = parts(instant);
  return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
}

/** A calendar day "2026-12-20" as 20/12/2026. */
function day(isoDate) {
  if (!isoDate) {
    return '';
  }
  const [y, m, d] = String(isoDate).split('-');
  return d + '/' + m + '/' + y;
}

function percent(share) {
  if (share === null || share === undefined) {
    return '—';
  }
  return (Math.round(share * 1000) / 10).toLocaleString('vi-VN') + '%';
}

function number(n) {
  return n === null || n === undefined ? '—' : Number(n).toLocaleString('vi-VN');
}

// --- DOM helpers (text only: nothing from the server is read as HTML) ---------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => {
    if (k === 'text') {
      node.textContent = v;
    } else if (v !== undefined && v !== null) {
      node.setAttribute(k, v);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  });
  return node;
}

function instanceLink(processInstanceId, text) {
  if (!processInstanceId) {
    return el('span', {text});
  }
  return el('a', {href: '#/process-instance/' + processInstanceId + '/runtime', title: 'Mở phiên quy trình trong Cockpit', text});
}

/** A table with a caption, headers and rows (each cell a string or a node); a sentence when there are no rows. */
function table(caption, headers, rows, empty, className) {
  if (!rows.length) {
    return el('div', {class: 'commune-gs-block'}, el('h4', {text: caption}), el('p', {class: 'commune-gs-empty', text: empty}));
  }
  return el('div', {class: 'commune-gs-block'},
    el('h4', {text: caption}),
    el('table', {class: 'table table-condensed commune-gs-table ' + (className || '')},
      el('thead', {}, el('tr', {}, headers.map(h => el('th', {text: h})))),
      el('tbody', {}, rows.map(cells => el('tr', {class: cells.late ? 'commune-gs-late' : null},
        cells.map(c => el('td', {}, typeof c === 'string' || typeof c === 'number' ? String(c) : c)))))));
}

function late(cells) {
  cells.late = true;
  return cells;
}

function section(title, ...children) {
  return el('section', {class: 'commune-gs-section'}, el('h3', {text: title}), ...children);
}

function message(text, kind) {
  return el('p', {class: 'commune-gs-message ' + (kind || ''), text});
}

const STYLE = `
.commune-gs { padding: 10px 0 20px; }
.commune-gs.commune-gs-page { max-height: calc(100vh - 100px); overflow-y: auto; padding: 10px 15px 30px; }
.commune-gs h2 { margin-top: 0; }
.commune-gs-communes { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.commune-gs-commune { flex: 1 1 560px; min-width: 0; border-top: 3px solid #b5152b; padding-top: 6px; }
.commune-gs-section { margin-bottom: 18px; }
.commune-gs-section h3 { font-size: 18px; margin: 12px 0 6px; }
.commune-gs-block h4 { font-size: 14px; margin: 10px 0 4px; font-weight: bold; }
.commune-gs-table { width: 100%; margin-bottom: 6px; }
.commune-gs-table td, .commune-gs-table th { padding: 3px 6px !important; }
.commune-gs-late td { color: #b5152b; }
.commune-gs-figures { display: flex; flex-wrap: wrap; gap: 10px; }
.commune-gs-figure { border: 1px solid #ddd; border-radius: 3px; padding: 6px 10px; min-width: 150px; }
.commune-gs-figure b { display: block; font-size: 20px; }
.commune-gs-figure.alarm b { color: #b5152b; }
.commune-gs-empty { color: #666; }
.commune-gs-message.error { color: #b5152b; }
.commune-gs-retry-state.error { color: #b5152b; }
.commune-gs-late td .commune-gs-retry-state.done { color: #2b6e2b; }
.commune-gs-period { margin: 6px 0 10px; }
.commune-gs-period select, .commune-gs-period input { margin-right: 8px; }
`;

function addStyle() {
  if (!document.getElementById('commune-gs-style')) {
    document.head.appendChild(el('style', {id: 'commune-gs-style'}, STYLE));
  }
}

function figure(label, value, alarm) {
  return el('div', {class: 'commune-gs-figure' + (alarm ? ' alarm' : '')}, el('b', {text: value}), el('span', {text: label}));
}

// --- dossiers needing attention -----------------------------------------------------------------

function attentionOf(commune, nearDueUntil) {
  const counts = rows => rows.map(r => {
    const cells = [r.label, number(r.overdue), number(r.nearDue)];
    return r.overdue > 0 ? late(cells) : cells;
  });
  const dossiers = commune.dossiers.map(d => {
    const cells = [
      instanceLink(d.processInstanceId, d.code),
      d.procedureName,
      d.step,
      d.holder,
      dateTime(d.dueAt),
      d.overdue ? 'Quá hạn' : 'Sắp đến hạn'
    ];
    return d.overdue ? late(cells) : cells;
  });
  const steps = commune.overdueSteps.map(s => late([s.step, s.holder, number(s.tasks), instanceLink(s.processInstanceId, dateTime(s.oldestDue))]));
  return section('Hồ sơ cần chú ý',
    el('div', {class: 'commune-gs-figures'},
      figure('hồ sơ quá hạn', number(commune.overdue), commune.overdue > 0),
      figure('hồ sơ sắp đến hạn (đến ' + dateTime(nearDueUntil) + ')', number(commune.nearDue), false)),
    table('Hồ sơ quá hạn và sắp đến hạn', ['Mã hồ sơ', 'Thủ tục', 'Bước xử lý', 'Người / nhóm đang xử lý', 'Hạn xử lý', 'Tình trạng'],
      dossiers, 'Không có hồ sơ quá hạn hoặc sắp đến hạn.', 'commune-gs-dossiers'),
    commune.moreDossiers ? message('Chỉ hiện ' + commune.dossiers.length + ' hồ sơ cần xử lý gấp nhất; số liệu tổng hợp ở các bảng dưới tính đủ.') : null,
    table('Theo thủ tục', ['Thủ tục', 'Quá hạn', 'Sắp đến hạn'], counts(commune.byProcedure), 'Không có.'),
    table('Theo bước xử lý (trạng thái hồ sơ)', ['Bước', 'Quá hạn', 'Sắp đến hạn'], counts(commune.byStep), 'Không có.'),
    table('Theo người / nhóm đang xử lý', ['Người / nhóm', 'Quá hạn', 'Sắp đến hạn'], counts(commune.byHolder), 'Không có.'),
    table('Bước xử lý quá hạn (theo hạn riêng của từng bước)', ['Bước', 'Người / nhóm đang xử lý', 'Số việc', 'Hạn sớm nhất'],
      steps, 'Không có bước nào quá hạn.'),
    commune.moreOverdueSteps ? message('Chỉ tính các bước quá hạn lâu nhất (tối đa 200).') : null);
}

// --- automatic jobs that failed ---------------------------------------------------------------

function failedJobsOf(commune, onDashboard) {
  const rows = commune.jobs.map(job => {
    const state = el('span', {class: 'commune-gs-retry-state'});
    const button = el('button', {type: 'button', class: 'btn btn-default btn-xs', text: 'Thử lại'});
    button.addEventListener('click', async () => {
      button.disabled = true;
      state.textContent = ' Đang gửi…';
      state.className = 'commune-gs-retry-state';
      try {
        await retryJob(job.jobId);
        state.textContent = ' Đã đặt chạy lại: hệ thống thử lại ngay bây giờ.';
        state.className = 'commune-gs-retry-state done';
      } catch (e) {
        button.disabled = false;
        state.textContent = ' ' + e.message;
        state.className = 'commune-gs-retry-state error';
      }
    });
    return late([job.dossierCode || '—', job.title, job.detail || '', job.error || '', dateTime(job.failedAt), el('span', {}, button, state)]);
  });
  if (onDashboard && !rows.length) {
    return null;
  }
  return section('Việc tự động bị lỗi',
    message('Các việc hệ thống tự chạy (đồng bộ trạng thái lên Cổng DVCQG, nhận dạng chữ tệp quét, báo công dân) đã thử lại nhiều lần '
      + 'vẫn lỗi. Khi dịch vụ đã hoạt động lại, bấm "Thử lại".'),
    table('Việc tự động đã hết lượt thử lại', ['Mã hồ sơ', 'Việc', 'Chi tiết', 'Lỗi lần cuối', 'Lúc', ''], rows,
      'Không có việc tự động nào bị lỗi.', 'commune-gs-failed-jobs'),
    commune.more ? message('Chỉ hiện ' + commune.jobs.length + ' việc lỗi gần nhất.') : null);
}

async function addFailedJobs(boxes, full) {
  let failed;
  try {
    failed = await get('/reports/failed-jobs');
  } catch (e) {
    Object.values(boxes).forEach(box => box.appendChild(message(e.message, 'error')));
    return;
  }
  failed.communes.forEach(c => {
    const node = boxes[c.communeId] && failedJobsOf(c, !full);
    if (node) {
      // right below the commune's name: a failure needs a person before anything late does
      boxes[c.communeId].insertBefore(node, boxes[c.communeId].children[1] || null);
    }
  });
}

// --- figures of a period --------------------------------------------------------------------------

function periodOf(kind, index, year) {
  const pad = n => String(n).padStart(2, '0');
  const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (kind === 'year') {
    return {from: year + '-01-01', to: year + '-12-31', label: 'năm ' + year};
  }
  if (kind === 'quarter') {
    const first = (index - 1) * 3 + 1;
    return {from: year + '-' + pad(first) + '-01', to: year + '-' + pad(first + 2) + '-' + lastDay(year, first + 2),
      label: 'quý ' + ['I', 'II', 'III', 'IV'][index - 1] + ' năm ' + year};
  }
  return {from: year + '-' + pad(index) + '-01', to: year + '-' + pad(index) + '-' + lastDay(year, index), label: 'tháng ' + index + ' năm ' + year};
}

function figuresOf(report) {
  const s = report.satisfaction || {};
  const satisfiedShare = s.ratings ? (s.satisfied + s.verySatisfied) / s.ratings : null;
  return el('div', {class: 'commune-gs-figures'},
    figure('hồ sơ tiếp nhận', number(report.received)),
    figure('giải quyết đúng hạn', number(report.finishedOnTime)),
    figure('giải quyết quá hạn', number(report.finishedLate), report.finishedLate > 0),
    figure('tỷ lệ đúng hạn', percent(report.onTimeShare)),
    figure('tỷ lệ trực tuyến toàn trình', percent(report.fullyOnlineShare)),
    figure('tỷ lệ trả kết quả điện tử', percent(report.electronicResultShare)),
    figure('tỷ lệ tái sử dụng dữ liệu', percent(report.reuseShare)),
    figure('lượt đánh giá', number(s.ratings)),
    figure('mức hài lòng bình quân (1–3)', s.average === null || s.average === undefined ? '—' : Number(s.average).toLocaleString('vi-VN')),
    figure('tỷ lệ hài lòng', percent(satisfiedShare)));
}

function periodPicker(onChange) {
  const now = new Date();
  const p = parts(now);
  const kind = el('select', {'aria-label': 'Loại kỳ'},
    el('option', {value: 'month', text: 'Tháng'}), el('option', {value: 'quarter', text: 'Quý'}), el('option', {value: 'year', text: 'Năm'}));
  const index = el('select', {'aria-label': 'Kỳ'});
  const year = el('input', {type: 'number', min: '2000', max: '2100', value: p.year, 'aria-label': 'Năm', style: 'width: 6em'});
  const fill = () => {
    index.innerHTML = '';
    const month = Number(p.month);
    if (kind.value === 'month') {
      for (let m = 1; m <= 12; m++) {
        index.appendChild(el('option', {value: m, text: 'Tháng ' + m}));
      }
      index.value = String(month);
    } else if (kind.value === 'quarter') {
      ['I', 'II', 'III', 'IV'].forEach((q, i) => index.appendChild(el('option', {value: i + 1, text: 'Quý ' + q})));
      index.value = String(Math.floor((month - 1) / 3) + 1);
    }
    index.style.display = kind.value === 'year' ? 'none' : '';
  };
  const changed = () => {
    const y = Number(year.value);
    if (!Number.isInteger(y) || y < 2000 || y > 2100) {
      return;
    }
    onChange(periodOf(kind.value, Number(index.value), y));
  };
  kind.addEventListener('change', () => { fill(); changed(); });
  index.addEventListener('change', changed);
  year.addEventListener('change', changed);
  fill();
  return {node: el('div', {class: 'commune-gs-period'}, el('label', {text: 'Kỳ báo cáo: '}), kind, index, year), changed};
}

// --- plans and archives ---------------------------------------------------------------------------

function plansOf(communePlans) {
  if (!communePlans.plans.length) {
    return section('Kế hoạch, nhiệm vụ', message('Chưa có kế hoạch đã ban hành.'));
  }
  return section('Kế hoạch, nhiệm vụ', communePlans.plans.map(plan => el('div', {class: 'commune-gs-plan'},
    el('h4', {text: 'Kế hoạch số ' + plan.number + ': ' + plan.title + ' (' + plan.statusLabel + ', ' + plan.tasks + ' nhiệm vụ)'}),
    table('Nhiệm vụ theo tình trạng', ['Tình trạng', 'Số nhiệm vụ'],
      plan.byStatus.map(s => s.status === 'DANG_THUC_HIEN_QUA_HAN' && s.tasks > 0 ? late([s.label, number(s.tasks)]) : [s.label, number(s.tasks)]), ''),
    table('Nhiệm vụ quá hạn', ['Nhiệm vụ', 'Đơn vị chủ trì', 'Cán bộ được giao', 'Hạn'],
      plan.overdueTasks.map(t => late([instanceLink(t.processInstanceId, (t.code ? t.code + '. ' : '') + t.content), t.leadUnit || '',
        t.officer || 'Chưa giao', day(t.deadline)])),
      'Không có nhiệm vụ quá hạn.'),
    table('Chỉ tiêu gắn với nhiệm vụ', ['Chỉ tiêu', 'Nhiệm vụ', 'Mục tiêu', 'Hiện tại', 'Đánh giá'],
      plan.indicators.map(i => [i.label, (i.code ? i.code + '. ' : '') + i.content,
        i.target === null ? '—' : '≥ ' + Number(i.target).toLocaleString('vi-VN') + '%',
        i.value === null ? 'chưa có số liệu' : Number(i.value).toLocaleString('vi-VN') + '%',
        i.met === null ? '—' : i.met ? 'Đạt' : 'Chưa đạt']),
      'Chưa có chỉ tiêu nào gắn với nhiệm vụ.'))));
}

function archivesOf(a) {
  const runs = message(number(a.collections) + ' kho đã chạy số hóa; ' + number(a.filesFound) + ' tệp tìm thấy, '
    + number(a.refused) + ' tệp bị từ chối.');
  if (!a.declaredTotal) {
    return section('Số hóa hồ sơ, tài liệu lưu trữ',
      el('div', {class: 'commune-gs-figures'}, figure('tài liệu đã số hóa', number(a.digitised))),
      message('Xã/phường chưa khai báo tổng số hồ sơ, tài liệu lưu trữ nên chưa tính được tỷ lệ so với mục tiêu ≥ '
        + percent(a.target) + ' (quản trị viên khai báo).'),
      runs);
  }
  return section('Số hóa hồ sơ, tài liệu lưu trữ',
    el('div', {class: 'commune-gs-figures'},
      figure('tài liệu đã số hóa', number(a.digitised)),
      figure('tổng số khai báo', number(a.declaredTotal)),
      figure('tỷ lệ đã số hóa (mục tiêu ≥ ' + percent(a.target) + ': ' + (a.met ? 'đạt' : 'chưa đạt') + ')', percent(a.share), a.met === false)),
    runs);
}

// --- the pages --------------------------------------------------------------------------------------

async function renderAttention(node, full) {
  addStyle();
  node.innerHTML = '';
  // Cockpit clips its pages to the window: the page scrolls within itself
  const root = el('div', {class: 'commune-gs' + (full ? ' commune-gs-page' : ''), 'data-commune-plugin': 'giam-sat'},
    el('h2', {text: 'Giám sát' + (full ? '' : ': hồ sơ quá hạn, sắp đến hạn')}));
  node.appendChild(root);
  const loading = message('Đang tải số liệu…');
  root.appendChild(loading);
  let attention;
  try {
    attention = await get('/reports/dossiers/attention');
  } catch (e) {
    loading.replaceWith(message(e.message, 'error'));
    return;
  }
  loading.remove();
  root.appendChild(message('Số liệu lúc ' + dateTime(attention.asOf) + ' (giờ Việt Nam). Hạn xử lý là ngày hẹn trả ghi trên phiếu tiếp nhận; '
    + 'sắp đến hạn: đến hạn trước hết ngày làm việc tiếp theo.'));
  if (!full) {
    root.appendChild(el('p', {}, el('a', {href: '#' + PAGE, text: 'Xem đầy đủ: kết quả theo kỳ, kế hoạch, số hóa lưu trữ →'})));
  }
  const columns = el('div', {class: 'commune-gs-communes'});
  root.appendChild(columns);
  const boxes = {};
  attention.communes.forEach(commune => {
    const box = el('div', {class: 'commune-gs-commune', 'data-commune': commune.communeId},
      el('h3', {text: commune.communeName}), attentionOf(commune, attention.nearDueUntil));
    boxes[commune.communeId] = box;
    columns.appendChild(box);
  });
  if (!attention.communes.length) {
    root.appendChild(message('Không có xã/phường nào để hiển thị.'));
  }
  await addFailedJobs(boxes, full);
  if (!full) {
    return;
  }
  // the period figures, plans and archives, each commune in its own column
  const periodBoxes = {};
  attention.communes.forEach(c => {
    periodBoxes[c.communeId] = el('div');
    boxes[c.communeId].appendChild(section('Kết quả giải quyết trong kỳ', periodBoxes[c.communeId]));
  });
  const picker = periodPicker(async period => {
    await Promise.all(attention.communes.map(async c => {
      const target = periodBoxes[c.communeId];
      target.innerHTML = '';
      target.appendChild(message('Kỳ ' + period.label + ' (' + day(period.from) + ' – ' + day(period.to) + ')'));
      try {
        target.appendChild(figuresOf(await get('/reports/dossiers', {communeId: c.communeId, from: period.from, to: period.to})));
      } catch (e) {
        target.appendChild(message(e.message, 'error'));
      }
    }));
  });
  columns.before(picker.node);
  picker.changed();
  try {
    const [plans, archives] = await Promise.all([get('/reports/plans'), get('/reports/archives')]);
    archives.communes.forEach(a => boxes[a.communeId] && boxes[a.communeId].appendChild(archivesOf(a)));
    plans.communes.forEach(p => boxes[p.communeId] && boxes[p.communeId].appendChild(plansOf(p)));
  } catch (e) {
    root.appendChild(message(e.message, 'error'));
  }
}

/**
 * Cockpit puts every dashboard plugin in one section ("Tiện ích mở rộng") below its own counters; a
 * supervisor should see what is late first, so that section moves to the top of the dashboard.
 */
function firstOnTheDashboard(node) {
  const section = node.closest('section.deprecate');
  const parent = section && section.parentNode;
  if (parent && parent.firstElementChild !== section) {
    parent.insertBefore(section, parent.firstElementChild);
  }
}

export default [
  {
    id: 'commune-giam-sat-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => {
      renderAttention(node, false);
      window.setTimeout(() => firstOnTheDashboard(node), 0);
    }
  },
  {
    id: 'commune-giam-sat-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PAGE, label: 'Giám sát'},
    render: node => {
      renderAttention(node, true);
    }
  },
  {
    id: 'commune-giam-sat-menu',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {path: PAGE},
    render: node => {
      node.innerHTML = '';
      node.appendChild(el('a', {href: '#' + PAGE, text: 'Giám sát'}));
    },
    checkActive: path => path.indexOf('#' + PAGE) > -1
  }
];
