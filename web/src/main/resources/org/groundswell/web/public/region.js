// The view per hospital of a region scenario, on the watch page and the projector: the "Hospitals" table (the
// whole region, then each member, the latest day under each strategy, the member on show marked) and, on the
// watch page, the choice of the member the hospital drawings and charts show. A single hospital has none of
// it: the server sends no members, and the box stays hidden.
"use strict";

// Whether the page shows a region, and so draws its table.
function isRegion(structure) {
  return !!(structure && structure.members && structure.members.length);
}

// Where a decision mid-run applies: in a region, to every hospital of the region under that strategy.
const DECIDE_IN = { hospital: ["both hospitals", "the left hospital", "the right hospital"],
  region: ["both regions, every hospital", "every hospital of the left region", "every hospital of the right region"] };

// A new run's structure: the choice of hospital, the captions, where a decision applies, and an empty table
// until its first day.
function regionStart(structure) {
  const box = $("region");
  if (!box) return;
  box.hidden = !isRegion(structure);
  const decideIn = $("intervention-hospital");
  if (decideIn) {
    const labels = DECIDE_IN[isRegion(structure) ? "region" : "hospital"];
    Array.from(decideIn.options).forEach((option) => { option.textContent = labels[Number(option.value) + 1]; });
  }
  $("region-table").innerHTML = "";
  const select = $("member");
  if (select) {
    select.innerHTML = "";
    (structure.members || []).forEach((name, i) => select.add(new Option(name, i, false, i === structure.shown)));
    select.onchange = () => showMember(Number(select.value));
  }
  regionCaptions(structure);
}

// The captions of the drawings: the strategy and, for a region, the hospital on show.
function regionCaptions(structure) {
  if (!isRegion(structure)) return;
  structure.strategies.forEach((s, i) => {
    $("caption-" + i).textContent = `${s} · ${structure.members[structure.shown]}`;
  });
}

// Asks the server to show member i; it answers the member's structure and sends its days from the first again.
async function showMember(i) {
  if (!page.structure || i === page.structure.shown) return;
  try {
    const structure = await api("POST", "/api/watch/" + page.structure.id + "/show", { hospital: i });
    page.structure = structure;
    page.layout = layout(structure, 760, 520);
    regionCaptions(structure);
    showError("");
    if (page.state && !page.drawPending) {
      page.drawPending = true;
      requestAnimationFrame(draw);
    }
  } catch (e) {
    showError(e.message);
  }
}

// Whether the hospitals in state are those page.structure describes (a state sent just before or after a
// change of member is of another hospital, whose units and people the structure does not hold).
function sameMember(state) {
  return !state.region || !page.structure || state.region.shown === page.structure.shown;
}

function formatValue(value, unit) {
  if (value === null || value === undefined) return "—";
  if (unit.startsWith("share")) return (value * 100).toFixed(1) + "%";
  if (unit.startsWith("USD")) return "$" + Math.round(value).toLocaleString("en-US");
  return value.toFixed(1);
}

// The table, from the region's latest day in state.
function drawRegion(state) {
  const table = $("region-table");
  if (!table || !state.region) return;
  const region = state.region, strategies = page.structure.strategies;
  if ($("member") && document.activeElement !== $("member")) $("member").value = region.shown;
  const head = document.createElement("thead");
  const top = head.insertRow(), sub = head.insertRow();
  const corner = document.createElement("th");
  corner.rowSpan = 2;
  corner.textContent = "Hospital";
  top.appendChild(corner);
  for (const column of region.columns) {
    const th = document.createElement("th");
    th.colSpan = strategies.length;
    th.textContent = column.title;
    th.title = `${column.description} (${column.unit}), on the latest day`;
    top.appendChild(th);
    strategies.forEach((s, i) => {
      const cell = document.createElement("th");
      cell.textContent = s;
      cell.className = "strategy";
      cell.style.color = STRATEGY_COLOURS[i];
      sub.appendChild(cell);
    });
  }
  const body = document.createElement("tbody");
  for (const row of region.rows) {
    const tr = body.insertRow();
    tr.dataset.member = row.member;
    const name = tr.insertCell();
    name.textContent = row.name;
    if (row.member < 0) tr.className = "whole";
    if (row.member === region.shown) {
      tr.className = "shown";
      tr.setAttribute("aria-current", "true");
      name.appendChild(Object.assign(document.createElement("span"), { className: "badge", textContent: "on show" }));
    }
    if (row.member >= 0 && $("member")) {
      tr.classList.add("choosable");
      tr.title = "Show " + row.name;
      tr.onclick = () => showMember(row.member);
    }
    region.columns.forEach((column, c) => {
      row.values.forEach((values) => { tr.insertCell().textContent = formatValue(values[c], column.unit); });
    });
  }
  table.replaceChildren(head, body);
}
