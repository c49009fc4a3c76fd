// The options panel: the fields of one axes and its lines and images, as the figure's state says
// (figure_options.py); each field changed is sent as an "edit", which the figure applies and
// then shows, here too. New values go into the fields in place, so that the field the user is in
// keeps its text, caret and keys; the panel is drawn anew only when its fields change.

import { keyName } from "./input.js";

const element = (tag, properties = {}, ...children) => {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
};

/** A text field; `show(value)` puts the figure's value in, unless the user is typing there. */
function textField(value, send) {
  const text = element("input", { type: "text", spellcheck: false });
  // Sent when the user is done with it: Enter, or leaving the field changed.
  text.addEventListener("change", () => send(text.value));
  const show = (shown) => {
    const typing = document.activeElement === text && text.value !== text.defaultValue;
    text.defaultValue = String(shown ?? "");
    if (!typing) text.value = text.defaultValue;
  };
  show(value);
  return [text, show];
}

/** The control of one field and how to show it a new value; `send(value)` sends the user's. */
function control(field, lists, send) {
  if (field.kind === "action") {
    const button = element("button", { type: "button", textContent: field.label });
    button.addEventListener("click", () => send(""));
    return [button, () => {}];
  }
  if (field.kind === "choice") {
    const choices = Array.isArray(field.choices) ? field.choices : lists[field.choices];
    const select = element("select", {}, ...choices.map((choice) => element("option", { value: choice, textContent: choice })));
    select.addEventListener("change", () => send(select.value));
    const show = (value) => { select.value = String(value); };
    show(field.value);
    return [select, show];
  }
  const [text, showText] = textField(field.value, send);
  if (field.kind === "number") {
    text.inputMode = "decimal";
    // Numbers as people type them: "-123.81513", not every digit of the double.
    const show = (value) => showText(typeof value === "number" ? String(Number(value.toPrecision(8))) : value);
    show(field.value);
    return [text, show];
  }
  if (field.kind !== "color") return [text, showText];
  const swatch = element("input", { type: "color", tabIndex: -1 });
  swatch.addEventListener("change", () => send(swatch.value));
  const show = (value) => {
    showText(value);
    if (/^#[0-9a-f]{6}$/.test(value)) swatch.value = value;
  };
  show(field.value);
  return [element("span", { className: "color" }, swatch, text), show];
}

/** What decides which fields the panel has: not their values, nor the names of the axes and
 * sections, which change as the user edits titles and labels. */
function layout(options) {
  return JSON.stringify({
    count: options.axes.length,
    selected: options.selected,
    lists: options.lists,
    sections: options.sections.map((section) => section.fields.map(({ value, ...field }) => field)),
  });
}

export class OptionsPanel {
  #panel;
  #sender;
  #layout = null;
  #shows = new Map(); // each field's `show`, by its key

  /** `appKeys`: the window's own shortcuts (Save, Undo...), which work from the panel too,
   * but for the text editing keys of its fields. */
  constructor(panel, sender, appKeys) {
    this.#panel = panel;
    this.#sender = sender;
    panel.addEventListener("keydown", (event) => {
      const key = keyName(event);
      if (event.key === "Escape") {
        // What was typed and not applied is dropped, not applied as the field loses the keys.
        if (event.target.type === "text") event.target.value = event.target.defaultValue;
        this.#sender.send({ type: "options", axes: -1 });
      } else if (appKeys.includes(key) && !(key === "ctrl+z" && event.target.type === "text")) {
        event.preventDefault();
        // A field being typed in is applied first, as leaving it would.
        const typing = event.target.type === "text" && event.target.value !== event.target.defaultValue;
        if (typing) event.target.dispatchEvent(new Event("change"));
        this.#sender.send({ type: "key_press", key, x: 0, y: 0 });
      }
    });
  }

  /** Show `options` (null: hide the panel). */
  show(options) {
    const opening = this.#panel.hidden;
    this.#panel.hidden = options === null;
    if (options === null) {
      this.#layout = null;
      return;
    }
    const drawn = layout(options);
    if (drawn !== this.#layout) {
      this.#layout = drawn;
      this.#draw(options);
    }
    this.#panel.querySelectorAll("select.axes option").forEach((option, index) => {
      option.textContent = options.axes[index];
    });
    this.#panel.querySelectorAll("legend").forEach((legend, index) => {
      legend.textContent = options.sections[index].title;
    });
    for (const section of options.sections) {
      for (const field of section.fields) this.#shows.get(field.key)?.(field.value);
    }
    // Opened, the panel takes the keys, as a dialog would: its first field has them.
    if (opening) this.#panel.querySelector("fieldset :is(input[type=text], select)")?.focus();
  }

  #draw(options) {
    const active = this.#panel.contains(document.activeElement) ? document.activeElement : null;
    const focused = active?.closest("[data-key]")?.dataset.key;
    const typing = active?.type === "text" && active.value !== active.defaultValue
      ? [active.value, active.selectionStart, active.selectionEnd] : null;
    const close = element("button", { type: "button", className: "close", textContent: "×", title: "Close" });
    close.setAttribute("aria-label", "Close the options");
    close.addEventListener("click", () => this.#sender.send({ type: "options", axes: -1 }));
    const parts = [element("header", {}, element("h2", { textContent: "Figure options" }), close)];
    if (options.axes.length > 1) {
      const chooser = element("select", { className: "axes" },
        ...options.axes.map((name, index) => element("option", { value: String(index), textContent: name })));
      chooser.value = String(options.selected);
      chooser.setAttribute("aria-label", "Axes");
      chooser.addEventListener("change", () => this.#sender.send({ type: "options", axes: Number(chooser.value) }));
      const row = element("div", {}, chooser);
      row.dataset.key = "axes";
      parts.push(row);
    }
    this.#shows.clear();
    for (const section of options.sections) {
      const rows = section.fields.map((field) => {
        const send = (value) => this.#sender.send({ type: "edit", axes: options.selected, field: field.key, value });
        const [made, show] = control(field, options.lists, send);
        this.#shows.set(field.key, show);
        const row = field.kind === "action"
          ? element("div", { className: "row" }, made)
          : element("label", { className: "row" }, element("span", { textContent: field.label }), made);
        row.dataset.key = field.key;
        return row;
      });
      parts.push(element("fieldset", {}, element("legend", { textContent: section.title }), ...rows));
    }
    // The fields taken away must not send what they held as they lose the keys.
    this.#panel.querySelectorAll("input, select").forEach((old) => { old.disabled = true; });
    this.#panel.replaceChildren(...parts);
    // The field the user was in, and what they were typing there, are in the new one.
    const again = focused && this.#panel.querySelector(`[data-key="${CSS.escape(focused)}"] :is(input[type=text], select, button)`);
    again?.focus();
    if (typing && again?.type === "text") {
      again.value = typing[0];
      again.setSelectionRange(typing[1], typing[2]);
    }
  }
}
