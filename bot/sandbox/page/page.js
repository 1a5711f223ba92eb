// The sandbox page: spaces on the left, the chosen space's messages (bot cards rendered with the
// adaptivecards renderer), and a box to write as any member. Changes arrive over server-sent events.
"use strict";

const view = {
  state: null,       // { bot, people, rooms } from /_sandbox/state
  roomId: null,
  unread: new Set(),
};
const $ = (id) => document.getElementById(id);

async function getJson(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || `The sandbox answered ${response.status}.`);
  return body;
}

function personName(email) {
  const person = view.state.people.find((p) => p.email === email);
  return person ? person.displayName : email;
}

function initials(name) {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0].toUpperCase()).join("");
}

function avatar(name, isBot) {
  const element = document.createElement("span");
  element.className = isBot ? "avatar bot" : "avatar";
  element.textContent = initials(name);
  element.setAttribute("aria-hidden", "true");
  return element;
}

function currentRoom() {
  return view.state.rooms.find((room) => room.id === view.roomId);
}

function renderSpaces() {
  const list = $("spaces");
  list.replaceChildren();
  for (const room of view.state.rooms) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "space-item" + (room.id === view.roomId ? " active" : "") + (view.unread.has(room.id) ? " unread" : "");
    button.dataset.roomId = room.id;
    button.append(avatar(room.title, false));
    const label = document.createElement("span");
    label.className = "space-label";
    label.textContent = room.title;
    const kind = document.createElement("small");
    kind.textContent = room.type === "direct" ? "1:1 with the bot" : `${room.members.length} members`;
    label.append(kind);
    button.append(label);
    button.addEventListener("click", () => chooseRoom(room.id));
    list.append(button);
  }
}

function renderComposer() {
  const room = currentRoom();
  const picker = $("person");
  const previous = picker.value;
  picker.replaceChildren();
  const humans = room.members.filter((email) => email !== view.state.bot.email);
  for (const email of humans) {
    const option = document.createElement("option");
    option.value = email;
    option.textContent = personName(email);
    picker.append(option);
  }
  if (humans.includes(previous)) picker.value = previous;
  $("mention-option").hidden = room.type !== "group";
}

async function chooseRoom(roomId) {
  view.roomId = roomId;
  view.unread.delete(roomId);
  history.replaceState(null, "", `#${encodeURIComponent(roomId)}`);
  const room = currentRoom();
  $("space-title").textContent = room.title;
  $("space-members").textContent = room.members.map(personName).join(", ");
  renderSpaces();
  renderComposer();
  await loadTimeline();
}

async function loadTimeline() {
  const roomId = view.roomId;
  const { items } = await getJson(`/_sandbox/rooms/${encodeURIComponent(roomId)}/timeline`);
  if (roomId !== view.roomId) return;
  const timeline = $("timeline");
  const atBottom = timeline.scrollHeight - timeline.scrollTop - timeline.clientHeight < 80;
  if (timeline.dataset.roomId !== roomId) timeline.replaceChildren();
  // Keep what is already shown (a card being filled in keeps its inputs); add only what is new.
  const shown = new Map([...timeline.children].map((node) => [node.dataset.key, node]));
  const nodes = items.map((item, index) => {
    // An edited message gets a new key, so it is drawn again with its new text.
    const key = item.kind === "refusal" ? `refusal-${item.at}-${index}` : `${item.id}${item.edited ? `@${item.edited}` : ""}`;
    const node = shown.get(key) || (item.kind === "refusal" ? renderRefusal(item) : renderMessage(item));
    node.dataset.key = key;
    return node;
  });
  if (items.length === 0) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = "No messages yet. Say something to the bot below.";
    nodes.push(empty);
  }
  timeline.replaceChildren(...nodes);
  if (atBottom || timeline.dataset.roomId !== roomId) timeline.scrollTop = timeline.scrollHeight;
  timeline.dataset.roomId = roomId;
}

function timeOf(iso) {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function renderMessage(message) {
  const row = document.createElement("article");
  row.className = "message" + (message.isBot ? " from-bot" : "");
  row.dataset.messageId = message.id;
  row.append(avatar(message.displayName, message.isBot));
  const body = document.createElement("div");
  body.className = "message-body";
  const meta = document.createElement("header");
  const name = document.createElement("strong");
  name.textContent = message.displayName;
  const time = document.createElement("time");
  time.dateTime = message.at;
  time.textContent = timeOf(message.at);
  meta.append(name, time);
  if (message.edited) {
    const edited = document.createElement("small");
    edited.className = "edited";
    edited.textContent = "Edited";
    edited.title = new Date(message.edited).toLocaleTimeString();
    meta.append(edited);
  }
  body.append(meta);
  if (message.card) {
    body.append(renderCard(message));
  } else if (message.markdown || message.text) {
    const text = document.createElement("div");
    text.className = "message-text";
    text.innerHTML = window.renderMarkdown(message.markdown || message.text);
    body.append(text);
  }
  if (message.file) body.append(renderFile(message.file));
  row.append(body);
  return row;
}

function renderFile(file) {
  // Webex previews a posted picture in the conversation; other files stay a download link.
  if (/^image\/(png|jpeg|gif)$/.test(file.contentType)) return renderPicture(file);
  const link = document.createElement("a");
  link.className = "file";
  link.href = file.url;
  link.download = file.name;
  const icon = document.createElement("span");
  icon.className = "file-icon";
  icon.textContent = (file.name.split(".").pop() || "file").slice(0, 4).toUpperCase();
  const label = document.createElement("span");
  label.className = "file-label";
  const name = document.createElement("strong");
  name.textContent = file.name;
  const size = document.createElement("small");
  size.textContent = formatSize(file.size);
  label.append(name, size);
  link.append(icon, label);
  return link;
}

function renderPicture(file) {
  const link = document.createElement("a");
  link.className = "picture";
  link.href = file.url;
  link.download = file.name;
  const image = document.createElement("img");
  image.src = file.url;
  image.alt = file.name;
  link.append(image);
  return link;
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function renderCard(message) {
  const holder = document.createElement("div");
  holder.className = "card";
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(window.WEBEX_HOST_CONFIG);
  card.onExecuteAction = (action) => executeAction(message, action, holder);
  try {
    card.parse(message.card);
    holder.append(card.render());
  } catch (error) {
    holder.classList.add("card-error");
    holder.textContent = `This card could not be rendered: ${error.message}`;
  }
  return holder;
}

async function executeAction(message, action, holder) {
  if (action instanceof AdaptiveCards.OpenUrlAction) {
    window.open(action.url, "_blank", "noopener");
    return;
  }
  if (!(action instanceof AdaptiveCards.SubmitAction)) return;
  const status = holder.querySelector(".card-status") || holder.appendChild(document.createElement("p"));
  status.className = "card-status";
  status.textContent = `Sending as ${personName($("person").value)}…`;
  try {
    await getJson("/_sandbox/actions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messageId: message.id, personEmail: $("person").value, inputs: action.data || {} }),
    });
    status.textContent = `Sent by ${personName($("person").value)}.`;
  } catch (error) {
    status.textContent = error.message;
    status.classList.add("failed");
  }
}

function renderRefusal(refusal) {
  const note = document.createElement("div");
  note.className = "refusal";
  note.setAttribute("role", "status");
  const title = document.createElement("strong");
  title.textContent = `Webex would refuse what the bot sent (${refusal.status} on ${refusal.method} ${refusal.path}).`;
  const reason = document.createElement("p");
  reason.textContent = refusal.message || "No reason given.";
  note.append(title, reason);
  return note;
}

async function send(event) {
  event.preventDefault();
  const text = $("text").value.trim();
  $("composer-error").textContent = "";
  if (!text) return;
  $("send").disabled = true;
  try {
    await getJson(`/_sandbox/rooms/${encodeURIComponent(view.roomId)}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ personEmail: $("person").value, text, mentionBot: currentRoom().type === "group" && $("mention").checked }),
    });
    $("text").value = "";
  } catch (error) {
    $("composer-error").textContent = error.message;
  } finally {
    $("send").disabled = false;
    $("text").focus();
  }
}

function followChanges() {
  const events = new EventSource("/_sandbox/events");
  let pending = null;
  events.onmessage = async (event) => {
    const change = JSON.parse(event.data);
    if (change.kind === "rooms") {
      view.state = await getJson("/_sandbox/state");
      renderSpaces();
      return;
    }
    if (change.roomId !== view.roomId) {
      view.unread.add(change.roomId);
      renderSpaces();
      return;
    }
    // Several changes in a burst (a message and its refusal) load the timeline once.
    clearTimeout(pending);
    pending = setTimeout(loadTimeline, 30);
  };
}

async function start() {
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = window.renderMarkdown(text);
    result.didProcess = true;
  };
  view.state = await getJson("/_sandbox/state");
  $("composer").addEventListener("submit", send);
  $("text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) send(event);
  });
  followChanges();
  const fromHash = decodeURIComponent(location.hash.slice(1));
  const first = view.state.rooms.find((room) => room.id === fromHash) || view.state.rooms[0];
  if (first) await chooseRoom(first.id);
}

start().catch((error) => {
  $("space-title").textContent = `The sandbox page could not start: ${error.message}`;
});
