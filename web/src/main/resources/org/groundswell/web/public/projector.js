// The projector of class mode: opens a room, shows its code, the seats and who sits in them, the decision the
// class's hospital waits for, and who decided what; draws the class's hospital beside its twin under the model's
// own decisions with the drawing of watch mode (app.js). The model runs on the server only.
"use strict";

const room = { code: null, teacher: null, info: null, polls: 0 };
window.groundswellRoom = room;  // read by the browser tests

async function openPage() {
  page.options = await api("GET", "/api/options");
  for (const s of page.options.scenarios) {
    $("scenario").add(new Option(s.name, s.name, s.default, s.default));
  }
  for (const id of page.options.strategies) {
    $("strategy").add(new Option(id, id, id === "frontline", id === "frontline"));
  }
  for (const speed of [1, 2, 5, 10, 25]) {
    $("speed").add(new Option(speed + " days/s", speed, false, speed === 5));
  }
  $("room-form").addEventListener("submit", (e) => { e.preventDefault(); openRoom(); });
  $("play").addEventListener("click", () => control({ action: "play", speed: +$("speed").value }));
  $("pause").addEventListener("click", () => control({ action: "pause" }));
  $("step").addEventListener("click", () => control({ action: "step", days: Number($("step-days").value) }));
  $("speed").addEventListener("change", () => control({ speed: +$("speed").value }));
  $("new-room").addEventListener("click", () => {
    sessionStorage.removeItem("groundswell-room");
    location.reload();
  });
  // A reload of the projector goes back to its room (the teacher's token stays in this tab only).
  const saved = JSON.parse(sessionStorage.getItem("groundswell-room") || "null");
  if (saved) {
    try {
      const structure = await api("GET", `/api/rooms/${saved.code}/structure`);
      const info = await api("GET", `/api/rooms/${saved.code}`);
      show({ code: saved.code, teacher: saved.teacher, structure, room: info });
    } catch (e) {
      sessionStorage.removeItem("groundswell-room");
    }
  }
}

function roomRequest() {
  const body = { scenario: $("scenario").value, strategy: $("strategy").value };
  for (const [id, field] of [["seed", "seed"], ["days", "days"], ["time-limit", "timeLimit"], ["stand-days", "standDays"]]) {
    if ($(id).value !== "") body[field] = Number($(id).value);
  }
  return body;
}

async function openRoom() {
  let opened;
  try {
    opened = await api("POST", "/api/rooms", roomRequest());
  } catch (e) {
    showError(e.message);
    return;
  }
  sessionStorage.setItem("groundswell-room", JSON.stringify({ code: opened.code, teacher: opened.teacher }));
  show(opened);
}

function show(opened) {
  showError("");
  room.code = opened.code;
  room.teacher = opened.teacher;
  page.structure = opened.structure;
  page.run = -1;
  page.series = opened.structure.strategies.map(() => ({ days: [], values: {} }));
  page.layout = layout(opened.structure, 760, 520);
  opened.structure.strategies.forEach((s, i) => {
    $("caption-" + i).textContent = s;
    $("caption-" + i).style.color = STRATEGY_COLOURS[i];
  });
  regionStart(opened.structure);
  buildCharts(opened.structure);
  $("room-form").hidden = true;
  $("room").hidden = false;
  $("code").textContent = opened.code;
  $("join-address").textContent = location.origin + "/class.html";
  $("export").href = `/api/rooms/${opened.code}/report?teacher=${encodeURIComponent(opened.teacher)}`;
  showRoom(opened.room);
  poll();
}

async function control(body) {
  if (!room.code) return;
  try {
    showRoom(await api("POST", `/api/rooms/${room.code}/control?teacher=${encodeURIComponent(room.teacher)}`, body));
    showError("");
  } catch (e) {
    showError(e.message);
  }
}

async function poll() {
  try {
    const from = page.series.length ? page.series[0].days.length : 0;
    const state = await api("GET", `/api/rooms/${room.code}/projector?teacher=${encodeURIComponent(room.teacher)}&from=${from}`);
    receive(state);
    showRoom(state.room);
    room.polls++;
  } catch (e) {
    showError(e.message);
    if (e.message.startsWith("no class room")) {
      sessionStorage.removeItem("groundswell-room");
      return;
    }
  }
  setTimeout(poll, 500);
}

function text(tag, content, className) {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function showRoom(info) {
  room.info = info;
  $("students").textContent = info.students;
  if (info.failure) showError("The run stopped: " + info.failure);
  const pending = $("pending");
  pending.hidden = !info.pending;
  pending.innerHTML = "";
  if (info.pending) {
    const p = info.pending;
    pending.appendChild(text("strong", `Waiting for ${p.students.join(", ") || "nobody"} (${p.label}): ${p.secondsLeft} s`));
    pending.appendChild(text("p", p.question));
  }
  const body = $("seats").tBodies[0];
  body.innerHTML = "";
  const units = page.structure ? page.structure.units : [];
  const hospitals = page.state ? page.state.hospitals : null;
  units.forEach((unit, u) => {
    const row = body.insertRow();
    row.insertCell().textContent = unit.name;
    for (const s of info.seats.filter((seat) => seat.unit === u)) {
      row.insertCell().textContent = s.students.join(", ") || "the model";
    }
    const mine = hospitals ? hospitals[0].units[u] : null, twin = hospitals ? hospitals[1].units[u] : null;
    row.insertCell().textContent = mine ? `${mine.blames}/${mine.analyses} vs ${twin.blames}/${twin.analyses}` : "";
  });
  const log = $("log");
  log.innerHTML = "";
  for (const d of info.decisions) {
    const what = d.how === "timed out" ? `time ran out for ${d.by}; the model: ${d.model}`
      : `${d.by} ${d.how === "standing" ? "(answer standing)" : "answered"}: ${d.choice} (the model: ${d.model})`;
    log.appendChild(text("li", `Day ${d.day} · ${d.unit} · ${d.kind} · ${what}`, d.how.replace(" ", "-")));
  }
}

openPage().catch((e) => showError("The page could not start: " + e.message));
