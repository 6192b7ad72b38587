// Forewarn console behaviour. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  // Specificity meter: the same weights as the server (rendered into data-weight), updated live.
  function updateSpecificity() {
    var meter = document.getElementById('specificity');
    if (!meter) { return; }
    var score = 0;
    document.querySelectorAll('select[data-weight]').forEach(function (select) {
      var shared = select.value === 'SHARED';
      if (shared) { score += parseInt(select.dataset.weight, 10); }
      var reason = document.getElementById(select.dataset.reason);
      if (reason) {
        reason.closest('.reason').hidden = shared;
        reason.required = !shared;
      }
    });
    var level = score >= 80 ? 'high' : score >= 50 ? 'medium' : 'low';
    meter.querySelector('.meter').className = 'meter ' + level;
    meter.querySelector('.meter > span').style.width = score + '%';
    meter.querySelector('[data-score]').textContent = score;
    meter.querySelector('[data-level]').textContent = level.toUpperCase() +
      (level === 'low' ? ' — likely to be called too general' : level === 'medium' ? ' — partly specific' : ' — specific enough to act on');
  }

  // The waiver justification only matters for a WAIVED outcome.
  function updateOutcome() {
    var outcome = document.getElementById('outcome');
    var waiver = document.getElementById('waiver-field');
    if (outcome && waiver) { waiver.hidden = outcome.value !== 'WAIVED'; }
  }

  ready(function () {
    document.querySelectorAll('select[data-weight]').forEach(function (s) { s.addEventListener('change', updateSpecificity); });
    updateSpecificity();
    var outcome = document.getElementById('outcome');
    if (outcome) { outcome.addEventListener('change', updateOutcome); updateOutcome(); }
    document.querySelectorAll('[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) { if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); } });
    });
  });
})();
