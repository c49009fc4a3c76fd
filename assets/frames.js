// Frames and state: news asked for one at a time, frames drawn where the server says they go.

const RETRY_MS = 500;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function numbers(response, name) {
  return (response.headers.get(name) ?? "").split(",").map(Number);
}

/** The rows of a header such as "1,2,3;4,5,6" as arrays of numbers. */
function rows(response, name) {
  const text = response.headers.get(name);
  return text ? text.split(";").map((row) => row.split(",").map(Number)) : [];
}

/** Apply one update to the canvas: its moves, then its pixels (see frames.py); returns the
 * rectangles it changed, each [x, y, width, height]. */
function drawUpdate(context, response, bitmap) {
  const changed = [];
  context.imageSmoothingEnabled = false; // moved pixels land on whole pixels, unchanged
  for (const [x, y, width, height, dx, dy] of rows(response, "X-Frame-Moves")) {
    // The moved pixels replace those below them, transparent or not.
    context.save();
    context.beginPath();
    context.rect(x + dx, y + dy, width, height);
    context.clip();
    context.globalCompositeOperation = "copy";
    context.drawImage(context.canvas, x, y, width, height, x + dx, y + dy, width, height);
    context.restore();
    changed.push([x + dx, y + dy, width, height]);
  }
  const [[tile] = [], ...runs] = rows(response, "X-Frame-Tiles");
  if (tile === undefined) {
    const [x, y] = numbers(response, "X-Frame-Box");
    // An update "over" the canvas is transparent where nothing changed; any other replaces its box.
    if (response.headers.get("X-Frame-Over") !== "1") context.clearRect(x, y, bitmap.width, bitmap.height);
    context.drawImage(bitmap, x, y);
    changed.push([x, y, bitmap.width, bitmap.height]);
    return changed;
  }
  let top = 0; // the tiles are stacked in the image in the order of their runs down the canvas
  for (const [x, y, count] of runs) {
    context.clearRect(x, y, tile, count * tile);
    context.drawImage(bitmap, 0, top, tile, count * tile, x, y, tile, count * tile);
    top += count * tile;
    changed.push([x, y, tile, count * tile]);
  }
  return changed;
}

/** A PNG's bytes as a bitmap. WebCodecs' ImageDecoder where the engine has it: measured in
 * headless Chromium, the bench's Cursor update at pixel ratio 2 took 1.0 ms of CPU instead of
 * 5.5 through a Blob and createImageBitmap, and a whole frame 10 ms instead of 15, for the same
 * pixels. A Blob is made and read back through the browser's process. */
async function decodePng(bytes) {
  if (typeof ImageDecoder === "undefined") return createImageBitmap(new Blob([bytes], { type: "image/png" }));
  const decoder = new ImageDecoder({ data: bytes, type: "image/png" });
  try {
    const { image } = await decoder.decode();
    try {
      return await createImageBitmap(image);
    } finally {
      image.close();
    }
  } finally {
    decoder.close();
  }
}

/** Each axes' view in a frame, by its id (see axes_views.py): where its inside is, its
 * bounds, and the map of its scaled data to the frame's pixels, in x and y. */
function views(response) {
  const found = new Map();
  for (const [id, ...n] of rows(response, "X-Frame-Views")) {
    found.set(id, { box: n.slice(0, 4), bounds: n.slice(4, 8), scale: n.slice(8, 10), offset: n.slice(10, 12) });
  }
  return found;
}

/** What a frame's headers say of it: its id, the newest input it reflects, its axes. */
const frameInfo = (response) => ({
  id: Number(response.headers.get("X-Frame-Id")),
  input: Number(response.headers.get("X-Frame-Input") ?? 0),
  views: views(response),
});

/** Draw every frame the figure produces onto `canvas` (the figure's true pixels), then tell
 * `showFrame` of it (with the rectangles that changed, or null), and hand each new state of it to
 * `showState`, until the figure is gone; the news come through `channel` (channel.js). */
export async function followFigure(canvas, channel, { showState, showFrame }) {
  const context = canvas.getContext("2d");
  let lastId = 0;
  let version = 0;
  let pending = channel.news(lastId, version);
  for (;;) {
    const response = await pending;
    if (response?.status === 404) return;
    if (response === null || (!response.ok && response.status !== 204)) {
      await delay(RETRY_MS);
      pending = channel.news(lastId, version);
      continue;
    }
    const state = response.headers.get("X-State");
    if (state !== null) {
      const parsed = JSON.parse(state);
      version = parsed.version;
      showState(parsed);
    }
    if (response.status === 204) {
      // Only the state changed, or the held request timed out, or the new frame equals ours.
      if (response.headers.has("X-Frame-Id")) {
        const frame = frameInfo(response);
        lastId = frame.id;
        showFrame({ ...frame, scale: Number(canvas.dataset.scale) || 1, changed: null });
      }
      pending = channel.news(lastId, version);
      continue;
    }
    const [width, height] = numbers(response, "X-Frame-Size");
    const frame = frameInfo(response);
    // Ask for the next frame now, a diff against this one: the server makes it while this one
    // is decoded and drawn, which is done before the next is applied.
    pending = channel.news(frame.id, version);
    let bitmap;
    try {
      bitmap = await decodePng(await response.arrayBuffer());
    } catch {
      // The next diff is against the frame we failed to draw: it is let go, and one asked for
      // against ours (news come one at a time).
      await pending;
      pending = channel.news(lastId, version);
      continue;
    }
    const resized = canvas.width !== width || canvas.height !== height;
    if (resized) {
      canvas.width = width;
      canvas.height = height;
    }
    // Until the figure has heard of this screen's pixel ratio, its frames come at another.
    const scale = Number(response.headers.get("X-Frame-Scale")) || 1;
    canvas.dataset.scale = String(scale);
    const changed = drawUpdate(context, response, bitmap);
    bitmap.close();
    lastId = frame.id;
    showFrame({ ...frame, scale, changed: resized ? [[0, 0, width, height]] : changed });
  }
}
