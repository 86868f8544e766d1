/*
 * commune-workflow: Tasklist forms a person can read.
 *
 * 1. Texts of form-js (Camunda Forms, the *.form files) in Vietnamese. Tasklist 7.24 builds its
 *    form-js 1.8.7 viewer itself (`new Form({container})`, no additionalModules, no translate
 *    module) and form-js 1.8.7 writes its validation messages ("Field is required.", "Field must
 *    match pattern ^…$.") and placeholders ("Search", "Select") as fixed English strings; neither
 *    offers a hook. So this script rewrites those fixed texts where form-js puts them
 *    (.fjs-form-field-error, .fjs-select-display, placeholders of .fjs-container inputs), in place,
 *    whenever the form changes (MutationObserver). A pattern message is replaced by what the field
 *    expects (known patterns) or by the field's own description.
 * 2. File fields in Vietnamese: the browser draws its own file button ("Choose File", "No file
 *    chosen") in the browser's language, and no page can translate it. Every file input of a task or
 *    start form (the embedded forms/*.html: scans, evidence) is kept, visually hidden but focusable
 *    and still the one that holds the files; beside it a button-like label "Chọn tệp" opens the
 *    browser's file picker, and a line says "Chưa chọn tệp" or names the chosen files. Keyboard: Tab
 *    reaches the input (its focus ring is drawn on the label), Enter or Space opens the picker.
 * 3. No red banner left after a later success: a refused submission leaves Tasklist's error
 *    notification at the bottom of the page, over the form's buttons; when a submission (task form,
 *    start form) then succeeds and Tasklist opens the next task of the same person in the same place,
 *    the old banner stayed. The error notifications are now cleared when the person changes the form
 *    (so the banner no longer covers "Hoàn thành" while they correct it) and when a submission succeeds.
 * 4. The commune's name, not its tenant id: Tasklist prints a task's tenant id ("sa-thay") in the
 *    task's header and in the start-process list, and as their tooltip. The names of the person's
 *    communes come once from GET /api/communes (the Tasklist login session is accepted there), and
 *    every such text that is exactly a commune id becomes the commune's name ("Xã Sa Thầy"), in both
 *    languages.
 * 5. Papers open in a new tab: form-js 1.8.7 renders a text field's Markdown links without a target
 *    and its sanitizer offers no way to add one, so the links of a form (.fjs-container) to the
 *    product's papers and slips (/api/…) get target="_blank" (rel="noopener"), and the task form
 *    stays where the person left it.
 *
 * 1 and 2 only in Vietnamese (the language chosen with ../language/switch, html[lang]); English stays as is.
 * Loaded through customScripts in app/tasklist/scripts/config.js.
 */

/** form-js 1.8.7 fixed texts → Vietnamese; a function gets the regular expression's groups and the field. */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc phải nhập.'],
  [/^Field must match pattern (.+)\.$/, (m, field) => patternMessage(m[1], field)],
  [/^Field must have minimum value of (.+)\.$/, m => 'Giá trị nhỏ nhất là ' + m[1] + '.'],
  [/^Field must have maximum value of (.+)\.$/, m => 'Giá trị lớn nhất là ' + m[1] + '.'],
  [/^Field must have minimum length of (.+)\.$/, m => 'Cần ít nhất ' + m[1] + ' ký tự.'],
  [/^Field must have maximum length of (.+)\.$/, m => 'Tối đa ' + m[1] + ' ký tự.'],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, m => 'Tối đa ' + m[1] + ' chữ số sau dấu phẩy.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => 'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ' + m[1] + ' và ' + m[2] + '.'],
  [/^Field must be a valid email\.$/, () => 'Thư điện tử không đúng dạng (ví dụ: ten@vidu.vn).'],
  [/^Field must be a valid {1,2}international phone number\..*$/, () => 'Số điện thoại không đúng dạng quốc tế (ví dụ: +84912345678).']
];

/** What a known pattern of the product's forms asks for. */
const PATTERNS = {
  '^ *([0-9] ?){11}[0-9] *$': 'Số định danh cá nhân gồm 12 chữ số (có thể cách như in trên thẻ căn cước: 0010 9901 2345).',
  '^[0-9]{12}$': 'Số định danh cá nhân gồm 12 chữ số.',
  '^(\\+84|0)[0-9]{9,10}$': 'Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84 (ví dụ: 0912345678).'
};

const TEXTS = {
  Search: 'Tìm kiếm',
  Select: 'Chọn',
  'No results': 'Không có kết quả',
  'All values selected': 'Đã chọn tất cả',
  'Remove tag': 'Bỏ chọn',
  'Skip to search': 'Đến ô tìm kiếm'
};

function patternMessage(pattern, field) {
  if (PATTERNS[pattern]) {
    return PATTERNS[pattern];
  }
  const description = field && field.querySelector('.fjs-form-field-description');
  const hint = description ? description.textContent.trim() : '';
  return 'Giá trị không đúng định dạng' + (hint ? ': ' + hint : '.');
}

function vietnamese() {
  return (document.documentElement.lang || 'vi').toLowerCase().indexOf('en') !== 0;
}

/** Rewrites a text node in place (form-js/Preact keeps its reference and diffs against its own copy). */
function translateText(node, field) {
  const text = node.data.trim();
  if (!text) {
    return;
  }
  if (TEXTS[text]) {
    node.data = TEXTS[text];
    return;
  }
  for (const [pattern, message] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      node.data = message(match, field);
      return;
    }
  }
}

function textNodes(element) {
  const nodes = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }
  return nodes;
}

const FILE_BUTTON = 'Chọn tệp';
const NO_FILE = 'Chưa chọn tệp';
let fileFields = 0;

/** What a file input holds, as a person reads it: "Chưa chọn tệp" or the chosen files' names. */
function chosenFiles(input) {
  const names = Array.prototype.map.call(input.files || [], file => file.name);
  return names.length ? 'Đã chọn: ' + names.join(', ') : NO_FILE;
}

/** Puts the Vietnamese button and the chosen files beside a file input, which stays the real one. */
function localiseFileInput(input) {
  if (input.classList.contains('commune-file-input')) {
    return;
  }
  if (!input.id) {
    input.id = 'commune-file-' + (++fileFields);
  }
  input.classList.add('commune-file-input');
  const button = document.createElement('label');
  button.className = 'btn btn-default commune-file-button';
  button.htmlFor = input.id;
  button.textContent = input.multiple ? 'Chọn các tệp' : FILE_BUTTON;
  button.setAttribute('aria-hidden', 'true'); // the input itself is what a screen reader announces
  const names = document.createElement('span');
  names.className = 'commune-file-names';
  names.id = input.id + '-chosen';
  names.setAttribute('aria-live', 'polite');
  names.textContent = chosenFiles(input);
  const describedBy = input.getAttribute('aria-describedby');
  input.setAttribute('aria-describedby', describedBy ? describedBy + ' ' + names.id : names.id);
  input.insertAdjacentElement('afterend', names);
  input.insertAdjacentElement('afterend', button);
  const show = () => {
    names.textContent = chosenFiles(input);
  };
  input.addEventListener('change', show);
  input.addEventListener('input', show);
}

function localiseFileInputs() {
  document.querySelectorAll('input[type=file]:not(.commune-file-input)').forEach(localiseFileInput);
  // a form that empties its inputs (value = '') fires no event: keep the line true to the input
  document.querySelectorAll('input.commune-file-input').forEach(input => {
    const names = document.getElementById(input.id + '-chosen');
    if (names && names.textContent !== chosenFiles(input)) {
      names.textContent = chosenFiles(input);
    }
  });
}

/** Commune id → name, of the communes the logged-in person belongs to; empty until loaded (or for none). */
const communeNames = {};
let communeNamesRequested = false;

function loadCommuneNames() {
  if (communeNamesRequested || typeof window.fetch !== 'function') {
    return;
  }
  communeNamesRequested = true;
  window.fetch('/api/communes', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : []))
    .then(communes => {
      (Array.isArray(communes) ? communes : []).forEach(commune => {
        if (commune && commune.id && commune.name) {
          communeNames[commune.id] = commune.name;
        }
      });
      schedule();
    })
    .catch(() => {
      // not logged in yet: ask again after the next change of the page
      communeNamesRequested = false;
    });
}

/** Tenant ids where Tasklist prints them (task header, start list, their tooltips) → commune names. */
function showCommuneNames() {
  if (!document.querySelector('.tenant-id, .tooltip-inner')) {
    return;
  }
  loadCommuneNames();
  document.querySelectorAll('.tenant-id, .tooltip-inner').forEach(element => {
    textNodes(element).forEach(node => {
      const name = communeNames[node.data.trim()];
      if (name) {
        node.data = name;
      }
    });
  });
}

/** Links of a form to the product's papers open in a new tab (the form stays open). */
function papersInNewTab() {
  document.querySelectorAll('.fjs-container a[href^="/api/"]:not([target])').forEach(link => {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  });
}

function translateForms() {
  showCommuneNames();
  papersInNewTab();
  if (!vietnamese()) {
    return;
  }
  localiseFileInputs();
  document.querySelectorAll('.fjs-container').forEach(container => {
    container.querySelectorAll('.fjs-form-field-error, .fjs-select-display, .fjs-dropdownlist-empty, .fjs-taglist-skip-link')
      .forEach(element => {
        const field = element.closest('.fjs-form-field');
        textNodes(element).forEach(node => translateText(node, field));
      });
    container.querySelectorAll('[placeholder]').forEach(input => {
      const text = input.getAttribute('placeholder');
      if (TEXTS[text]) {
        input.setAttribute('placeholder', TEXTS[text]);
      }
    });
    container.querySelectorAll('[title]').forEach(element => {
      const text = element.getAttribute('title');
      if (TEXTS[text]) {
        element.setAttribute('title', TEXTS[text]);
      }
    });
  });
}

let scheduled = false;
function schedule() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  // before the next paint, so the English text is never seen
  window.requestAnimationFrame(() => {
    scheduled = false;
    translateForms();
  });
}

new MutationObserver(schedule).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder', 'title']
});

/** Submissions of the SDK's resources that end a form: task form, task completion, start form. */
const SUBMISSIONS = {
  task: ['submitForm', 'complete', 'resolve'],
  'process-definition': ['submitForm', 'start']
};

/** Takes Tasklist's error notifications (the red banner at the bottom, over the form's buttons) away. */
function clearErrors(notifications, $rootScope) {
  $rootScope.$applyAsync(() =>
    notifications.notifications
      .filter(notification => notification.type === 'danger' && !notification.http)
      .forEach(notification => notifications.clear(notification)));
}

/** Wraps a resource method so that its success (callback or promise) clears the error notifications. */
function clearOnSuccess(resource, name, clear) {
  const original = resource[name];
  if (typeof original !== 'function' || original.communeClearsErrors) {
    return;
  }
  const wrapped = function (data, done) {
    const args = Array.prototype.slice.call(arguments);
    if (typeof done === 'function') {
      args[1] = function (error) {
        if (!error) {
          clear();
        }
        return done.apply(this, arguments);
      };
    }
    const result = original.apply(this, args);
    if (result && typeof result.then === 'function') {
      result.then(() => clear(), () => {});
    }
    return result;
  };
  wrapped.communeClearsErrors = true;
  resource[name] = wrapped;
}

const angular = window.angular;
if (angular) {
  angular.module('cam.tasklist').run([
    'camAPI',
    'Notifications',
    '$rootScope',
    function (camAPI, Notifications, $rootScope) {
      const clear = () => clearErrors(Notifications, $rootScope);
      Object.keys(SUBMISSIONS).forEach(name => {
        const resource = camAPI.resource(name);
        if (resource) {
          SUBMISSIONS[name].forEach(method => clearOnSuccess(resource, method, clear));
        }
      });
      // the person is correcting the form (another file, another text): the banner of the refused
      // submission would otherwise cover the "Hoàn thành" button until closed by hand
      document.addEventListener('change', event => {
        const target = event.target;
        if (target && target.closest && target.closest('[cam-tasklist-form], .modal-dialog form, .task-details form')) {
          clear();
        }
      }, true);
    }
  ]);
}
