/*
 * commune-workflow: two-step login in the Camunda webapps. Adds a field for the 6-digit TOTP code to
 * the login form and sends it, as the form field "totp", with the login request. Leaders and
 * administrators must fill it in; other users leave it empty. Loaded through customScripts in
 * app/{admin,cockpit,tasklist,welcome}/scripts/config.js.
 */
const LOGIN_URL = /\/api\/admin\/auth\/user\/[^/]+\/login\/[^/?]+\/?(\?.*)?$/;
const FIELD_NAME = 'totp';

function codeField() {
  return document.querySelector('form[name="signinForm"] input[name="' + FIELD_NAME + '"]');
}

function addCodeField(form) {
  if (form.querySelector('input[name="' + FIELD_NAME + '"]')) {
    return;
  }
  const input = document.createElement('input');
  input.name = FIELD_NAME;
  input.type = 'text';
  input.className = 'form-control';
  input.inputMode = 'numeric';
  input.autocomplete = 'one-time-code';
  input.maxLength = 6;
  input.tabIndex = 2;
  input.placeholder = 'Mã xác thực hai bước (6 chữ số)';
  input.title = 'Lãnh đạo và quản trị viên: mã 6 chữ số trong ứng dụng xác thực. Người dùng khác để trống.';
  form.insertBefore(input, form.querySelector('button[type="submit"]'));
}

new MutationObserver(() => document.querySelectorAll('form[name="signinForm"]').forEach(addCodeField)).observe(
  document.documentElement,
  {childList: true, subtree: true}
);

// The login page posts username and password form-encoded through AngularJS's $http (an XMLHttpRequest).
const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.communeLogin = String(method).toUpperCase() === 'POST' && LOGIN_URL.test(String(url));
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function (body) {
  const field = this.communeLogin && typeof body === 'string' ? codeField() : null;
  if (field) {
    const code = field.value.replace(/\s/g, '');
    if (code) {
      body += '&' + FIELD_NAME + '=' + encodeURIComponent(code);
    }
    field.value = ''; // a code serves once
  }
  return send.call(this, body);
};
