// Questions the native side asks inside the page (the viewer calls `webfigAsk`): a modal dialog
// whose buttons say what they do and whose default, on Return or Escape, is the first and
// safe answer. Native confirmation dialogs can neither name their buttons nor pick the default.

/** Show `title` and `message` with one button per [label, value] of `choices`; resolves to the
 * value of the button pressed, or the first choice's value if the dialog is dismissed. */
function ask({ title, message, choices }) {
  const dialog = document.createElement("dialog");
  dialog.className = "question";
  const heading = Object.assign(document.createElement("h2"), { textContent: title });
  const text = Object.assign(document.createElement("p"), { textContent: message });
  const buttons = document.createElement("form");
  buttons.method = "dialog";
  choices.forEach(([label, value], index) => {
    const button = Object.assign(document.createElement("button"), { textContent: label });
    button.value = JSON.stringify(value);
    button.autofocus = index === 0;
    buttons.append(button);
  });
  dialog.append(heading, text, buttons);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue ? JSON.parse(dialog.returnValue) : choices[0][1]);
    });
    dialog.showModal();
  });
}

window.webfigAsk = ask;
