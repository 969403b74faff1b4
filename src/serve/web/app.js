// The page of `tacitus serve`: code a story and see its events in the text; explore the store.
// Everything the server or the user wrote goes into the page as text (textContent), never as
// markup. Offsets from the API count code points; Array.from(text) indexes the same units.
"use strict";

const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"};

// An element with a class and text, or children.
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({error: response.statusText}));
  if (!response.ok) {
    throw new Error(body.error + (body.field ? " (" + body.field + ")" : ""));
  }
  return body;
}

// Runs `action` on click and on Enter or Space, so that lists and rows work from the keyboard.
function activate(node, action) {
  node.tabIndex = 0;
  node.addEventListener("click", action);
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      action();
    }
  });
}

function definitionList(pairs) {
  const list = el("dl");
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", {text: term}), el("dd", {text: String(value)}));
  }
  return list;
}

function actorLine(event) {
  return event.source + " → " + event.target + "  " + event.code + " " +
         (event.code_label || "");
}

// ---- Tabs ----------------------------------------------------------------------------------

function showTab(name) {
  for (const tab of ["code", "store"]) {
    const selected = tab === name;
    document.getElementById("tab-" + tab).setAttribute("aria-selected", String(selected));
    document.getElementById("view-" + tab).hidden = !selected;
  }
}

// ---- Code a story --------------------------------------------------------------------------

// The story's text as runs of code points, each with the roles (source, verb, target) of the
// events whose spans cover it, inside spans of sentences.
function renderStory(text, result) {
  const points = Array.from(text);
  const marks = new Array(points.length + 1).fill(null).map(() => []);
  const cuts = new Set([0, points.length]);
  result.events.forEach((event, index) => {
    for (const role of ["source", "verb", "target"]) {
      const begin = event[role + "_char_begin"], end = event[role + "_char_end"];
      if (begin === end) continue;
      cuts.add(begin);
      cuts.add(end);
      for (let i = begin; i < end; ++i) marks[i].push([role, index]);
    }
  });
  for (const sentence of result.sentences) {
    cuts.add(sentence.char_begin);
    cuts.add(sentence.char_end);
  }
  const uncoded = new Set(result.sentences.filter((s) => s.why_not.length > 0)
                                          .map((s) => s.char_begin));
  const sorted = Array.from(cuts).filter((c) => c <= points.length).sort((a, b) => a - b);
  const container = document.getElementById("coded-text");
  container.replaceChildren();
  let sentenceNode = container;
  for (let i = 0; i + 1 < sorted.length; ++i) {
    const begin = sorted[i], end = sorted[i + 1];
    const starting = result.sentences.find((s) => s.char_begin === begin);
    if (starting) {
      sentenceNode = el("span", {class: "sentence" + (uncoded.has(begin) ? " uncoded" : "")});
      container.append(sentenceNode);
    }
    const piece = points.slice(begin, end).join("");
    const roles = marks[begin];
    if (roles.length === 0) {
      sentenceNode.append(piece);
      continue;
    }
    const mark = el("mark", {text: piece});
    mark.className = Array.from(new Set(roles.map(([role]) => role))).join(" ");
    mark.dataset.events = roles.map(([, index]) => index).join(" ");
    sentenceNode.append(mark);
  }
}

function selectEvent(result, index) {
  const event = result.events[index];
  document.querySelectorAll("#coded-events li").forEach((item, i) =>
    item.setAttribute("aria-current", String(i === index)));
  document.querySelectorAll("#coded-text mark").forEach((mark) =>
    mark.classList.toggle("selected", mark.dataset.events.split(" ").includes(String(index))));
  const detail = document.getElementById("event-detail");
  detail.replaceChildren(
    el("h2", {text: "Why " + event.source + " → " + event.target + " " + event.code}),
    definitionList([
      ["sentence", event.sentence_text],
      ["source", event.source + ", " + event.source_label + " (\"" + event.source_text + "\")"],
      ["target", event.target + ", " + event.target_label + " (\"" + event.target_text + "\")"],
      ["event", event.code + " " + event.code_label],
      ["quad class", event.quad_class + " " + QUADS[event.quad_class]],
      ["Goldstein", event.goldstein],
      ["PLOVER", event.plover],
      ["date", event.date + (event.date_text ? " (\"" + event.date_text + "\")" : " (the story's)")],
      ["place", event.place ? event.place + ", " + event.country : ""],
      ["pattern", event.pattern],
    ]),
    el("h2", {text: "Dictionary lines matched"}),
    el("ul", {class: "code"}, ...event.matched.map((line) => el("li", {text: line}))));
}

function renderEvents(result) {
  const list = document.getElementById("coded-events");
  list.replaceChildren();
  result.events.forEach((event, index) => {
    const item = el("li", {class: "quad" + event.quad_class},
                    el("span", {class: "code", text: actorLine(event)}),
                    el("br"),
                    el("span", {text: event.source_label + " → " + event.target_label}),
                    el("br"),
                    el("span", {class: "muted",
                                text: event.date + (event.place ? " · " + event.place : "") +
                                      " · Goldstein " + event.goldstein}));
    activate(item, () => selectEvent(result, index));
    list.append(item);
  });
  document.getElementById("event-detail").replaceChildren();
  const misses = document.getElementById("miss-list");
  misses.replaceChildren();
  const points = Array.from(document.getElementById("story-text").value);
  for (const sentence of result.sentences) {
    if (sentence.why_not.length === 0) continue;
    const text = points.slice(sentence.char_begin, sentence.char_end).join("");
    misses.append(el("li", {}, el("q", {text: text}),
                     el("ul", {}, ...sentence.why_not.map((why) => el("li", {text: why})))));
  }
}

async function codeStory(submit) {
  submit.preventDefault();
  const status = document.getElementById("code-status");
  const text = document.getElementById("story-text").value;
  status.textContent = "coding…";
  try {
    const result = await api("/api/code", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text, date: document.getElementById("story-date").value}),
    });
    renderStory(text, result);
    renderEvents(result);
    status.textContent = result.events.length + " events";
  } catch (error) {
    status.textContent = error.message;
  }
}

// ---- Explore the store ---------------------------------------------------------------------

// The filter shown, its pages' cursors, and a count of searches: an answer to an older
// search than the latest is dropped, so that a slow one cannot overwrite a newer one.
const store = {params: new URLSearchParams(), cursors: [""], page: 0, events: [], search: 0};

function filterParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(document.getElementById("filter-form"))) {
    if (value !== "" && name !== "unit") params.set(name, value);
  }
  return params;
}

function renderTable(events) {
  const body = document.querySelector("#event-table tbody");
  body.replaceChildren();
  for (const event of events) {
    const row = el("tr", {},
      el("td", {text: event.date}),
      el("td", {class: "code", text: event.source, title: event.source_label}),
      el("td", {class: "code", text: event.target, title: event.target_label}),
      el("td", {}, el("span", {class: "quad-dot quad" + event.quad_class,
                               title: QUADS[event.quad_class]}),
         el("span", {class: "code", text: event.code})),
      el("td", {class: "num", text: String(event.goldstein)}),
      el("td", {text: event.place || ""}),
      el("td", {class: "num", text: String(event.num_mentions)}));
    activate(row, () => showMentions(event.id, row));
    body.append(row);
  }
}

async function showMentions(id, row) {
  document.querySelectorAll("#event-table tbody tr").forEach((r) =>
    r.setAttribute("aria-current", String(r === row)));
  const panel = document.getElementById("mentions");
  try {
    const result = await api("/api/events/" + encodeURIComponent(id));
    const e = result.event;
    panel.replaceChildren(el("h2", {text: e.source + " → " + e.target + " " + e.code + " on " +
                                          e.date + ": " + e.num_mentions + " mentions"}));
    for (const m of result.mentions) {
      const points = Array.from(m.sentence_text);
      const sentence = el("p");
      const spans = [["source", m.source_chars], ["verb", m.verb_chars],
                     ["target", m.target_chars]].filter(([, span]) => span)
                    .sort((a, b) => a[1][0] - b[1][0]);
      let at = 0;
      for (const [role, [begin, end]] of spans) {
        if (begin < at) continue;  // overlapping spans: the first one is marked
        sentence.append(points.slice(at, begin).join(""),
                        el("mark", {class: role, text: points.slice(begin, end).join("")}));
        at = end;
      }
      sentence.append(points.slice(at).join(""));
      const heading = el("h2", {text: (m.title || m.story) + " · " + m.story_date +
                                      (m.source ? " · " + m.source : "")});
      const parts = [heading, sentence,
                     el("p", {class: "muted code",
                              text: "pattern " + m.pattern + "; " + m.matched.join("; ")})];
      if (m.url && /^https?:\/\//.test(m.url)) {
        parts.push(el("p", {}, el("a", {href: m.url, rel: "noopener noreferrer",
                                        target: "_blank", text: m.url})));
      }
      panel.append(el("section", {}, ...parts));
    }
  } catch (error) {
    panel.replaceChildren(el("p", {text: error.message}));
  }
}

async function loadPage() {
  const status = document.getElementById("store-status");
  const search = store.search;
  const params = new URLSearchParams(store.params);
  if (store.cursors[store.page]) params.set("cursor", store.cursors[store.page]);
  params.set("limit", "50");
  try {
    const result = await api("/api/events?" + params);
    if (search !== store.search) return;
    store.events = result.events;
    renderTable(store.events);
    store.cursors[store.page + 1] = result.next || null;
    document.getElementById("next-page").disabled = !result.next;
    document.getElementById("prev-page").disabled = store.page === 0;
    status.textContent = "page " + (store.page + 1) + ": " + result.events.length + " events";
  } catch (error) {
    status.textContent = error.message;
  }
}

async function loadTops() {
  const search = store.search;
  const sections = await Promise.all(["actor", "dyad", "code"].map(async (by) => {
    const params = new URLSearchParams(store.params);
    params.set("by", by);
    params.set("n", "10");
    try {
      const result = await api("/api/top?" + params);
      return el("section", {}, el("h2", {text: "Top " + by + "s"}),
        el("ol", {}, ...result.rows.map((row) =>
          el("li", {text: row.key + " — " + row.events + " events, " + row.mentions +
                          " mentions"}))));
    } catch (error) {
      return el("p", {text: error.message});
    }
  }));
  if (search === store.search) document.getElementById("tops").replaceChildren(...sections);
}

function loadSeries() {
  const params = new URLSearchParams(store.params);  // the whole filter
  params.set("unit", new FormData(document.getElementById("filter-form")).get("unit"));
  params.set("format", "svg");
  document.getElementById("series-chart").src = "/api/series?" + params;
}

function search(submit) {
  if (submit) submit.preventDefault();
  store.search += 1;
  store.params = filterParams();
  store.cursors = [""];
  store.page = 0;
  document.getElementById("mentions").replaceChildren();
  loadPage();
  loadSeries();
  loadTops();
}

function sortBy(column) {
  const numeric = column === "goldstein" || column === "num_mentions";
  store.events.sort((a, b) => numeric ? a[column] - b[column]
                                      : String(a[column] || "").localeCompare(b[column] || ""));
  renderTable(store.events);
}

// ---- Start ---------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("story-date").value = new Date().toISOString().slice(0, 10);
  document.getElementById("code-form").addEventListener("submit", codeStory);
  document.getElementById("filter-form").addEventListener("submit", search);
  document.getElementById("tab-code").addEventListener("click", () => showTab("code"));
  document.getElementById("tab-store").addEventListener("click", () => {
    showTab("store");
    if (store.events.length === 0) search();
  });
  document.getElementById("next-page").addEventListener("click", () => {
    store.page += 1;
    loadPage();
  });
  document.getElementById("prev-page").addEventListener("click", () => {
    store.page = Math.max(0, store.page - 1);
    loadPage();
  });
  document.querySelectorAll("#event-table th button").forEach((button) =>
    button.addEventListener("click", () => sortBy(button.dataset.sort)));
});
