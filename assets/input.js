// Input: mouse, wheel and keys on the canvas become events for the figure, sent in order.

// matplotlib's names for the keys that are not characters (as its Qt backend names them).
const SPECIAL_KEYS = {
  Control: "control", Shift: "shift", Alt: "alt", Meta: "meta", CapsLock: "caps_lock",
  Enter: "enter", Escape: "escape", Backspace: "backspace", Tab: "tab", Delete: "delete",
  Insert: "insert", Home: "home", End: "end", PageUp: "pageup", PageDown: "pagedown",
  ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down",
  Pause: "pause", ScrollLock: "scroll_lock", NumLock: "num_lock", Clear: "clear",
};
const MODIFIER_ORDER = [["ctrlKey", "ctrl", "Control"], ["altKey", "alt", "Alt"],
  ["shiftKey", "shift", "Shift"], ["metaKey", "meta", "Meta"]];

/** matplotlib's name for a key event: "a", "A", "ctrl+a", "shift+left", "f1", "control". */
export function keyName(event) {
  let key = SPECIAL_KEYS[event.key];
  if (key === undefined) {
    if (/^F\d{1,2}$/.test(event.key)) key = event.key.toLowerCase();
    else if ([...event.key].length === 1) key = event.key;
    else return null; // dead keys, media keys, "Unidentified"
  }
  const isCharacter = SPECIAL_KEYS[event.key] === undefined && key.length === 1;
  const modifiers = MODIFIER_ORDER.filter(
    ([flag, name, own]) => event[flag] && event.key !== own && !(name === "shift" && isCharacter),
  ).map(([, name]) => name);
  return [...modifiers, key].join("+");
}

function modifiers(event) {
  return MODIFIER_ORDER.filter(([flag]) => event[flag]).map(([, name]) => name).join(",");
}

/** Sends events in order on the page's channel (channel.js), each batch with what queued up
 * while the last was answered; motion waiting to go is replaced by newer motion, so a slow
 * figure follows the pointer instead of replaying its path. The end of a gesture does not wait
 * for the answer to the motion before it: it goes at once, with the motion still queued, and
 * the figure handles both before drawing the stale motion (event_loop.py drops motion older
 * than what it has). Each event is numbered, growing across reloads of the page: frames say
 * the newest they reflect. */
export class EventSender {
  constructor(channel) {
    this.channel = channel;
    this.queue = [];
    this.inFlight = []; // the batches not yet answered: their events' types
    this.seq = Date.now() * 1000;
  }

  /** Queue `params` to be sent; returns the number it is sent with. */
  send(params) {
    this.seq += 1;
    const numbered = { ...params, seq: this.seq };
    const last = this.queue[this.queue.length - 1];
    if (params.type === "motion_notify" && last?.type === "motion_notify") {
      this.queue[this.queue.length - 1] = numbered;
    } else {
      this.queue.push(numbered);
    }
    this.#drain();
    return this.seq;
  }

  #drain() {
    if (this.queue.length === 0) return;
    const onlyMotionInFlight = this.inFlight.length === 1 && this.inFlight[0] === "motion";
    const urgent = this.queue.some((params) => params.type !== "motion_notify");
    if (this.inFlight.length > 0 && !(onlyMotionInFlight && urgent)) return;
    const batch = this.queue.splice(0);
    const kind = batch.every((params) => params.type === "motion_notify") ? "motion" : "other";
    this.inFlight.push(kind);
    this.#post(batch).finally(() => {
      this.inFlight.splice(this.inFlight.indexOf(kind), 1);
      this.#drain();
    });
  }

  async #post(batch) {
    try {
      const body = batch.map((params) => new URLSearchParams(params).toString()).join("\n");
      const response = await this.channel.post(body);
      if (!response.ok) console.warn("event refused:", response.status, await response.text());
    } catch (error) {
      console.warn("event not sent:", error);
    }
  }
}

/** Listen to the canvas and send what the user does to the figure; `onInput` also sees each
 * event sent, with its number. */
export function attachInput(canvas, sender, onInput = () => {}) {
  const send = (params) => onInput(params, sender.send(params));
  let pointer = { x: 0, y: 0 };
  const where = (event) => {
    const box = canvas.getBoundingClientRect();
    // On whole device pixels, as a mouse moves: a pan then shifts the figure by whole pixels,
    // which the page moves instead of being sent (see pixel_moves.py).
    const device = (css) => Math.round(css * window.devicePixelRatio) / window.devicePixelRatio;
    pointer = { x: device(event.clientX - box.left), y: device(event.clientY - box.top) };
    return pointer;
  };
  const mouse = (type, event, extra = {}) => send({
    type, ...where(event), buttons: event.buttons, modifiers: modifiers(event), ...extra,
  });
  // The DOM numbers buttons 0 (left), 1 (middle), 2 (right), 3 (back), 4 (forward);
  // matplotlib's MouseButton 1, 2, 3, 8, 9.
  const button = (event) => ({ button: [1, 2, 3, 8, 9][event.button] ?? 1 });

  canvas.addEventListener("mousedown", (event) => {
    canvas.focus();
    mouse(event.detail === 2 ? "dblclick" : "button_press", event, button(event));
    event.preventDefault();
  });
  // Releases outside the canvas still end a drag that started on it.
  window.addEventListener("mouseup", (event) => mouse("button_release", event, button(event)));
  window.addEventListener("mousemove", (event) => {
    if (event.target === canvas || event.buttons) mouse("motion_notify", event);
  });
  canvas.addEventListener("mouseenter", (event) => mouse("figure_enter", event));
  canvas.addEventListener("mouseleave", (event) => mouse("figure_leave", event));
  canvas.addEventListener("wheel", (event) => {
    mouse("scroll", event, { step: event.deltaY < 0 ? 1 : -1 });
    event.preventDefault();
  }, { passive: false });
  canvas.addEventListener("contextmenu", (event) => event.preventDefault());

  const key = (type, event) => {
    const name = keyName(event);
    if (name === null) return null;
    send({ type, key: name, ...pointer, modifiers: modifiers(event) });
    event.preventDefault();
  };
  canvas.addEventListener("keydown", (event) => key("key_press", event));
  canvas.addEventListener("keyup", (event) => key("key_release", event));
}
