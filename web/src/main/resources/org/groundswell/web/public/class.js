// A student's page in class mode: join a room with its code and a name, take a unit manager's or a frontline
// seat, and answer the decisions the class's hospital puts to that seat before the time runs out. It asks the
// server every second; the model runs on the server only.
"use strict";

const student = { code: null, token: null, view: null, answered: 0 };
window.groundswellStudent = student;  // read by the browser tests

const $ = (id) => document.getElementById(id);

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) throw new Error(json.error || response.status + " " + response.statusText);
  return json;
}

function showError(message) {
  $("error").textContent = message || "";
  $("error").hidden = !message;
}

async function seats() {
  const code = $("room-code").value.trim();
  if (code.length < 6) return;
  try {
    const info = await api("GET", "/api/rooms/" + encodeURIComponent(code));
    const select = $("seat");
    select.length = 1;
    for (const s of info.seats) {
      select.add(new Option(`${s.label}${s.students.length ? " (" + s.students.join(", ") + ")" : ""}`, s.index));
    }
    showError("");
  } catch (e) {
    showError(e.message);
  }
}

async function join() {
  const code = $("room-code").value.trim();
  const body = { name: $("name").value };
  if ($("seat").value !== "-1") body.seat = Number($("seat").value);
  try {
    const view = await api("POST", `/api/rooms/${encodeURIComponent(code)}/students`, body);
    student.code = view.room;
    student.token = view.token;
    sessionStorage.setItem("groundswell-student", JSON.stringify({ code: student.code, token: student.token }));
    start(view);
  } catch (e) {
    showError(e.message);
  }
}

function start(view) {
  showError("");
  $("join-form").hidden = true;
  $("seat-view").hidden = false;
  show(view);
  poll();
}

async function poll() {
  try {
    show(await api("GET", `/api/rooms/${student.code}/students/${student.token}`));
  } catch (e) {
    showError(e.message);
    if (e.message.startsWith("no such student") || e.message.startsWith("no class room")) {
      sessionStorage.removeItem("groundswell-student");
      return;
    }
  }
  setTimeout(poll, student.view && student.view.prompt ? 400 : 1000);
}

function show(view) {
  student.view = view;
  $("who").textContent = `${view.name} · room ${view.room}`;
  $("seat-label").textContent = `You are the ${view.label}`;
  const u = view.unit;
  const today = view.prompt ? view.prompt.day : view.day;
  const day = today < 0 ? "warm-up" : "day " + today;
  $("unit-figures").textContent = u && u.census !== undefined
    ? `${day} · ${u.census} patients · ${u.patientsPerNurse} per nurse · burnout ${Math.round(u.burnout * 100)}% · `
      + `RC ${u.rc.toFixed(2)} · safety ${u.safety.toFixed(2)}${view.finished ? " · the run is over" : ""}`
    : day;
  const p = view.prompt;
  $("prompt").hidden = !p;
  $("waiting").hidden = !!p;
  if (p) {
    $("question").textContent = p.question;
    $("countdown").textContent = `${p.secondsLeft} s left, then the model decides`;
    if ($("choices").dataset.prompt !== String(p.id)) {
      $("choices").dataset.prompt = p.id;
      $("choices").innerHTML = "";
      for (const c of p.choices) {
        const button = document.createElement("button");
        button.type = "button";
        button.id = "choice-" + c.id;
        button.textContent = c.label;
        button.addEventListener("click", () => answer(p.id, c.id));
        $("choices").appendChild(button);
      }
    }
  }
  $("mine").innerHTML = "";
  for (const d of view.decisions) {
    const li = document.createElement("li");
    li.textContent = d.how === "timed out" ? `Day ${d.day}, ${d.kind}: the time ran out; the model decided (${d.model})`
      : `Day ${d.day}, ${d.kind}: ${d.by} ${d.how === "standing" ? "(standing answer)" : ""} ${d.choice}`;
    $("mine").appendChild(li);
  }
}

async function answer(prompt, choice) {
  try {
    show(await api("POST", `/api/rooms/${student.code}/students/${student.token}/answer`, { prompt, choice }));
    student.answered++;
    showError("");
  } catch (e) {
    showError(e.message);
  }
}

const params = new URLSearchParams(location.search);
$("room-code").value = params.get("room") || "";
$("room-code").addEventListener("input", seats);
$("join-form").addEventListener("submit", (e) => { e.preventDefault(); join(); });
const saved = JSON.parse(sessionStorage.getItem("groundswell-student") || "null");
if (saved && (!params.get("room") || params.get("room").toUpperCase() === saved.code)) {
  student.code = saved.code;
  student.token = saved.token;
  api("GET", `/api/rooms/${saved.code}/students/${saved.token}`).then(start)
    .catch(() => { sessionStorage.removeItem("groundswell-student"); seats(); });
} else {
  seats();
}
