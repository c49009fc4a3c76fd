// Dropping files: the window takes a dropped file instead of navigating to it. The native
// side (pywebview) reads the files' full paths from the same drop.

/** Accept drops anywhere on the page; `zone` is highlighted while files are dragged over it. */
export function acceptDrops(zone) {
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  let depth = 0;
  document.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    zone.classList.add("dragging");
    event.preventDefault();
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove("dragging");
  });
  document.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.dataTransfer.dropEffect = "copy";
    event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    depth = 0;
    zone.classList.remove("dragging");
    event.preventDefault();
    zone.dataset.dropped = [...event.dataTransfer.files].map((file) => file.name).join("\n");
  });
}
