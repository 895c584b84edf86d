// The live charts of the watch page and the projector (uPlot): a chart per metric the server names, a line per
// hospital, drawn from the days the page has received (app.js keeps them in page.series).
"use strict";

const SMOOTHING_DAYS = 30;

function buildCharts(structure) {
  const box = $("charts");
  box.innerHTML = "";
  let group = "";
  page.charts = structure.charts.map((c) => {
    if (c.group && c.group !== group) {
      // A heading across the grid before the first chart of a group (the outcomes patients and staff feel).
      const heading = document.createElement("h2");
      heading.className = "chart-group";
      heading.textContent = c.group;
      box.appendChild(heading);
    }
    group = c.group || "";
    const div = document.createElement("div");
    div.className = "chart";
    div.dataset.metric = c.metric;
    div.title = c.description;
    div.innerHTML = `<h3>${c.title}${c.smoothed ? ` <small>(${SMOOTHING_DAYS}-day mean)</small>` : ""}</h3>`
      + `<p class="chart-note" hidden>nothing counted yet</p>`;
    box.appendChild(div);
    const series = [{ label: "day" }].concat(structure.strategies.map((s, i) => ({
      label: s + (structure.strategies.indexOf(s) < i ? " (2)" : ""), stroke: STRATEGY_COLOURS[i], width: 1.5, points: { show: false },
    })));
    const plot = new uPlot({ width: 330, height: 170, series, legend: { show: true, live: false }, cursor: { show: true },
      axes: [{ label: "day (0: strategy starts)", labelSize: 14, size: 30 }, { size: 56, values: (u, ticks) => ticks.map(compact) }],
      scales: { x: { time: false } } }, [[], ...structure.strategies.map(() => [])], div);
    return { metric: c.metric, smoothed: c.smoothed, group: c.group || "", plot, note: div.querySelector(".chart-note") };
  });
}

function compact(v) {
  const a = Math.abs(v);
  if (a >= 1e6) return +(v / 1e6).toPrecision(3) + "M";
  if (a >= 1e4) return +(v / 1e3).toPrecision(3) + "k";
  return +v.toPrecision(3) + "";
}

function smooth(values) {
  const out = new Array(values.length);
  let sum = 0, n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null) { sum += v; n++; }
    const old = i - SMOOTHING_DAYS >= 0 ? values[i - SMOOTHING_DAYS] : null;
    if (old !== null && i - SMOOTHING_DAYS >= 0) { sum -= old; n--; }
    out[i] = n > 0 ? sum / n : null;
  }
  return out;
}

function updateCharts() {
  const days = page.series[0].days;
  for (const chart of page.charts) {
    const ys = page.series.map((s) => {
      const values = s.values[chart.metric] || [];
      return chart.smoothed ? smooth(values) : values;
    });
    chart.plot.setData([days.slice(), ...ys]);
    // A rate with nothing to divide by yet (failure to rescue before any complication) comes as nulls: say so,
    // rather than leave an empty chart to be read as a fault.
    chart.note.hidden = days.length === 0 || ys.some((y) => y.some((v) => v !== null && v !== undefined));
  }
}
