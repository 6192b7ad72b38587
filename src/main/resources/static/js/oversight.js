// Charts of the oversight page, drawn from the figures the page carries as JSON (#oversight-data).
// The tables below them hold the same figures, so the page reads the same without JavaScript.
(function () {
  'use strict';
  var colours = ['#2f6690', '#d9822b', '#7a8a9a', '#3a7d44', '#b23a48'];

  function draw() {
    var data = document.getElementById('oversight-data');
    if (!data || typeof Chart === 'undefined') {
      return;
    }
    var charts = JSON.parse(data.textContent);
    [['outcomes', 'bar'], ['warnings', 'bar'], ['nds', 'doughnut']].forEach(function (spec) {
      var canvas = document.getElementById('chart-' + spec[0]);
      var chart = charts[spec[0]];
      if (!canvas || !chart) {
        return;
      }
      new Chart(canvas, {
        type: spec[1],
        data: {
          labels: chart.labels,
          datasets: [{ label: chart.title, data: chart.values, backgroundColor: colours.slice(0, chart.values.length) }]
        },
        options: {
          responsive: false,
          animation: false,
          plugins: { legend: { display: spec[1] === 'doughnut' } },
          scales: spec[1] === 'bar' ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {}
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
