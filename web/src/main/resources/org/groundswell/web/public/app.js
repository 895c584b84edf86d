// The Groundswell classroom page: starts a run on the server, draws its two hospitals and live charts
// (charts.js) from the days the server streams (server-sent events), a region's table of hospitals
// (region.js), and sends play, pause, step, speed, mid-run decisions and the choice of hospital on show.
// The model runs on the server only; this page draws what it is sent.
"use strict";

const STRATEGY_COLOURS = ["#0072B2", "#D55E00"];
const EXHAUSTION = [[0x45, 0x75, 0xb4], [0xfe, 0xe0, 0x90], [0xf4, 0x6d, 0x43]];
const RC = [[0x8c, 0x51, 0x0a], [0xbd, 0xbd, 0xbd], [0x01, 0x66, 0x5e]];
const PRACTICE = { unit: "#1b7837", adapted: "#7fbf7b", carried: "#35978f", central: "#762a83", eroded: "#dddddd" };
const LABEL_BAND = 44, PRACTICE_BAND = 16, GAP = 8, PADDING = 7;

const page = {
  options: null,
  structure: null,
  layout: null,
  events: null,
  run: -1,
  state: null,
  series: [],          // per hospital: {days: [], values: {metric: []}}
  charts: [],          // {metric, smoothed, plot}
  framesDrawn: 0,
  drawPending: false,
};
window.groundswell = page;  // read by the browser tests

const $ = (id) => document.getElementById(id);

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    throw new Error(json.error || response.status + " " + response.statusText);
  }
  return json;
}

function showError(message) {
  const box = $("error");
  box.textContent = message || "";
  box.hidden = !message;
}

// ---- the form

async function init() {
  page.options = await api("GET", "/api/options");
  for (const s of page.options.scenarios) {
    $("scenario").add(new Option(s.name, s.name, s.default, s.default));
  }
  for (const i of [0, 1]) {
    for (const id of page.options.strategies) {
      $("strategy-" + i).add(new Option(id, id));
    }
  }
  $("strategy-0").value = "top-down";
  $("strategy-1").value = "partnership";
  for (const speed of page.options.speeds) {
    $("speed").add(new Option(speed === 0 ? "as fast as it goes" : speed + " days/s", speed, false, speed === 10));
  }
  const sliders = $("sliders");
  for (const s of page.options.sliders) {
    const row = document.createElement("div");
    row.className = "slider";
    row.title = s.description + (s.unit ? " (" + s.unit + ")" : "") + " — " + s.path;
    const step = (s.max - s.min) / 100;
    row.innerHTML = `<span class="name">${s.path}</span>
      <input class="value" type="number" step="any" data-path="${s.path}" style="width:5em">
      <input type="range" min="${s.min}" max="${s.max}" step="${step}" data-path="${s.path}">`;
    const [box, range] = row.querySelectorAll("input");
    range.addEventListener("input", () => { box.value = +(+range.value).toPrecision(3); });
    box.addEventListener("input", () => { range.value = box.value; });
    sliders.appendChild(row);
  }
  $("scenario").addEventListener("change", loadScenario);
  $("run-form").addEventListener("submit", (e) => { e.preventDefault(); start(); });
  $("play").addEventListener("click", () => control({ action: "play", speed: +$("speed").value }));
  $("pause").addEventListener("click", () => control({ action: "pause" }));
  $("step").addEventListener("click", () => control({ action: "step", days: Number($("step-days").value) }));
  $("speed").addEventListener("change", () => control({ speed: +$("speed").value }));
  $("intervene").addEventListener("click", intervene);
  await loadScenario();
  await start();
}

async function loadScenario() {
  const scenario = await api("GET", "/api/scenarios/" + encodeURIComponent($("scenario").value));
  $("scenario-description").textContent = scenario.description;
  $("seed").value = scenario.seed;
  $("days").value = Math.min(scenario.days, page.options.maxTotalDays - scenario.warmupDays);
  for (const input of document.querySelectorAll("#sliders input")) {
    input.value = scenario.values[input.dataset.path];
  }
}

function request() {
  const set = {};
  for (const box of document.querySelectorAll("#sliders input[type=number]")) {
    if (box.value !== "") {
      set[box.dataset.path] = Number(box.value);
    }
  }
  const body = {
    scenario: $("scenario").value,
    strategies: [$("strategy-0").value, $("strategy-1").value],
    set,
  };
  if ($("seed").value !== "") body.seed = Number($("seed").value);
  if ($("days").value !== "") body.days = Number($("days").value);
  return body;
}

async function start() {
  let structure;
  try {
    structure = await api("POST", "/api/watch", request());
  } catch (e) {
    showError(e.message);
    return;
  }
  showError("");
  if (page.events) page.events.close();
  page.structure = structure;
  page.run = -1;
  page.series = structure.strategies.map(() => ({ days: [], values: {} }));
  page.layout = layout(structure, 760, 520);
  $("intervention").innerHTML = "";
  for (const i of structure.interventions) {
    $("intervention").add(new Option(i.type, i.type));
    $("intervention").lastChild.title = i.description;
  }
  structure.strategies.forEach((s, i) => {
    $("caption-" + i).textContent = s;
    $("caption-" + i).style.color = STRATEGY_COLOURS[i];
  });
  regionStart(structure);
  buildCharts(structure);
  page.events = new EventSource("/api/watch/" + structure.id + "/events");
  page.events.addEventListener("state", (e) => receive(JSON.parse(e.data)));
  page.events.addEventListener("refused", (e) => showError(e.data));
}

async function control(body) {
  if (!page.structure) return;
  try {
    await api("POST", "/api/watch/" + page.structure.id + "/control", body);
    showError("");
  } catch (e) {
    showError(e.message);
  }
}

async function intervene() {
  try {
    await api("POST", "/api/watch/" + page.structure.id + "/interventions",
      { type: $("intervention").value, hospital: Number($("intervention-hospital").value) });
    showError("");
  } catch (e) {
    showError(e.message);
  }
}

// ---- what the server sends

function receive(state) {
  if (state.run !== page.run || state.from === 0) {
    page.series = state.hospitals.map(() => ({ days: [], values: {} }));
    page.run = state.run;
  }
  state.hospitals.forEach((h, i) => {
    const s = page.series[i];
    s.days.push(...h.days);
    for (const [metric, values] of Object.entries(h.series)) {
      (s.values[metric] = s.values[metric] || []).push(...values);
    }
  });
  page.state = state;
  // Days arrive faster than a busy laptop can draw them: draw the latest state once per display frame.
  if (!page.drawPending) {
    page.drawPending = true;
    requestAnimationFrame(draw);
  }
}

function draw() {
  page.drawPending = false;
  const state = page.state;
  $("day").textContent = dayLabel(state.day, page.structure.warmupDays);
  $("calendar").textContent = calendar(state.day, page.structure.days);
  $("play").disabled = state.playing || state.finished;
  $("pause").disabled = !state.playing;
  $("step").disabled = state.finished;
  $("decided").innerHTML = "";
  state.hospitals.forEach((h, i) => {
    if (sameMember(state)) drawHospital($("hospital-" + i), h);
    for (const d of h.interventions) {
      const li = document.createElement("li");
      li.textContent = `${d.type} in ${h.strategy} (${i === 0 ? "left" : "right"}) from day ${d.startDay}`;
      $("decided").appendChild(li);
    }
  });
  drawRegion(state);
  updateCharts();
  page.framesDrawn++;
}

function dayLabel(day, warmup) {
  if (day < -warmup) return "Ready";
  return day < 0 ? "Warm-up day " + day : "Day " + day;
}

function calendar(day, days) {
  if (day < 0) return "the strategy starts on day 0";
  return `year ${Math.floor(day / 365) + 1}, month ${Math.floor((day % 365) / (365 / 12)) + 1} of ${days} days`;
}

// ---- the hospital: units on a grid, people on a sunflower spiral (Vogel 1979), as the desktop window

function layout(structure, width, height) {
  const units = structure.units.length;
  let columns = 1, best = -1;
  for (let c = 1; c <= units; c++) {
    const rows = Math.ceil(units / c);
    const w = width / c, h = height / rows;
    const score = Math.min(w / h, h / w) * units / (rows * c);
    if (score > best + 1e-9) { best = score; columns = c; }
  }
  const rows = Math.ceil(units / columns);
  const cw = width / columns, ch = height / rows;
  const regions = [];
  for (let u = 0; u < units; u++) {
    regions.push({ x: (u % columns) * cw + GAP / 2, y: Math.floor(u / columns) * ch + GAP / 2, w: cw - GAP, h: ch - GAP });
  }
  const rank = (i) => structure.nodeKind[i] === "manager" ? 0 : structure.nodeKind[i] === "physician" ? 1 : 2;
  const members = regions.map(() => []);
  structure.nodeUnit.forEach((u, i) => members[u].push(i));
  const x = new Float64Array(structure.nodeUnit.length), y = new Float64Array(structure.nodeUnit.length);
  const golden = Math.PI * (3 - Math.sqrt(5));
  members.forEach((people, u) => {
    people.sort((a, b) => rank(a) - rank(b) || structure.nodeRole[a].localeCompare(structure.nodeRole[b]) || a - b);
    const r = regions[u];
    const area = { x: r.x + PADDING, y: r.y + LABEL_BAND, w: Math.max(1, r.w - 2 * PADDING), h: Math.max(1, r.h - LABEL_BAND - PRACTICE_BAND) };
    people.forEach((i, k) => {
      const radius = Math.sqrt((k + 0.5) / people.length);
      x[i] = area.x + area.w / 2 + radius * Math.cos(k * golden) * area.w / 2;
      y[i] = area.y + area.h / 2 + radius * Math.sin(k * golden) * area.h / 2;
    });
  });
  return { width, height, regions, x, y };
}

function mix(scale, share, alpha) {
  const s = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0));
  const [a, b, t] = s < 0.5 ? [scale[0], scale[1], s * 2] : [scale[1], scale[2], (s - 0.5) * 2];
  const c = a.map((v, k) => Math.round(v + (b[k] - v) * t));
  return `rgba(${c[0]},${c[1]},${c[2]},${alpha})`;
}

function rcColour(rc) {
  const share = rc <= 3.5 ? (rc - 2) / 1.5 / 2 : 0.5 + (rc - 3.5) / 1.0 / 2;
  return mix(RC, share, 0.45);
}

// Writes text in the largest font, up to size px, that fits width.
function fitText(g, text, x, y, width, weight, size) {
  g.fillStyle = "#222";
  for (let px = size; px >= 7; px -= 0.5) {
    g.font = `${weight} ${px}px system-ui, sans-serif`;
    if (g.measureText(text).width <= width) break;
  }
  g.fillText(text, x, y);
}

function drawHospital(canvas, h) {
  const s = page.structure, L = page.layout, g = canvas.getContext("2d");
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "white";
  g.fillRect(0, 0, canvas.width, canvas.height);
  s.units.forEach((unit, u) => {
    const r = L.regions[u], state = h.units[u];
    g.fillStyle = "#f4f4f4";
    g.fillRect(r.x, r.y, r.w, r.h);
    g.strokeStyle = state.practices.some((p) => p && p !== "eroded") ? "#1b7837" : "#c8c8c8";
    g.lineWidth = 2;
    g.strokeRect(r.x, r.y, r.w, r.h);
    g.fillStyle = "#222";
    fitText(g, unit.name, r.x + 7, r.y + 14, r.w - 12, "bold", 12);
    fitText(g, `${state.census}/${unit.beds} beds · ${state.patientsPerNurse.toFixed(1)} pts/RN · burnout ${Math.round(state.burnout * 100)}%`,
      r.x + 7, r.y + 26, r.w - 12, "", 10);
    fitText(g, `RC ${state.rc.toFixed(2)} · safety ${state.safety.toFixed(2)}`, r.x + 7, r.y + 38, r.w - 12, "", 10);
    const size = Math.min(11, (r.w - 14) / state.practices.length - 3);
    state.practices.forEach((p, k) => {
      const px = r.x + 7 + k * (size + 3), py = r.y + r.h - PRACTICE_BAND + 2;
      g.fillStyle = p ? PRACTICE[p] : "white";
      g.fillRect(px, py, size, size);
      g.strokeStyle = "#999";
      g.lineWidth = 0.5;
      g.strokeRect(px, py, size, size);
    });
  });
  g.lineWidth = 0.6;
  for (let t = 0; t < s.tieA.length; t++) {
    const a = s.tieA[t], b = s.tieB[t], rc = h.tieRc[t];
    if (rc <= 0 || h.exhaustion[a] < 0 || h.exhaustion[b] < 0) continue;
    g.strokeStyle = rcColour(rc);
    g.beginPath();
    g.moveTo(L.x[a], L.y[a]);
    g.lineTo(L.x[b], L.y[b]);
    g.stroke();
  }
  const cutoff = s.cutoff;
  for (let i = 0; i < s.nodeKind.length; i++) {
    const kind = s.nodeKind[i], e = h.exhaustion[i];
    g.beginPath();
    if (kind === "manager") {
      g.fillStyle = "#252525";
      g.fillRect(L.x[i] - 4, L.y[i] - 4, 8, 8);
      continue;
    }
    g.arc(L.x[i], L.y[i], kind === "physician" ? 3.5 : 2.6, 0, 2 * Math.PI);
    if (kind === "physician") {
      g.fillStyle = "#6a3d9a";
      g.fill();
    } else if (e < 0) {
      g.strokeStyle = "#b0b0b0";
      g.lineWidth = 0.8;
      g.stroke();
    } else {
      g.fillStyle = e >= cutoff ? "#a50026" : mix(EXHAUSTION, e / cutoff, 1);
      g.fill();
    }
  }
}

// The projector page (class mode) reuses the drawing above and starts itself.
if ($("run-form")) {
  init().catch((e) => showError("The page could not start: " + e.message));
}
