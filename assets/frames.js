// Frames: a held request for the next frame, drawn where the server says it goes.

const RETRY_MS = 500;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function numbers(response, name) {
  return (response.headers.get(name) ?? "").split(",").map(Number);
}

/** Draw every frame the figure produces onto `canvas`, until the figure is gone. */
export async function followFrames(canvas) {
  const context = canvas.getContext("2d");
  let lastId = 0;
  for (;;) {
    let response;
    try {
      response = await fetch(`image.png?last_id=${lastId}`, { cache: "no-store" });
    } catch {
      await delay(RETRY_MS);
      continue;
    }
    if (response.status === 404) return;
    if (response.status === 204) {
      // Held request timed out, or the new frame equals the one we have.
      lastId = Number(response.headers.get("X-Frame-Id") ?? lastId);
      continue;
    }
    if (!response.ok) {
      await delay(RETRY_MS);
      continue;
    }
    const [x, y] = numbers(response, "X-Frame-Box");
    const [width, height] = numbers(response, "X-Frame-Size");
    const frameId = Number(response.headers.get("X-Frame-Id"));
    const bitmap = await createImageBitmap(await response.blob());
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    // Until the figure has heard of this screen's pixel ratio, its frames come at another.
    const scale = Number(response.headers.get("X-Frame-Scale")) || 1;
    canvas.style.width = `${width / scale}px`;
    canvas.style.height = `${height / scale}px`;
    // An update "over" the canvas is transparent where nothing changed; any other replaces its box.
    if (response.headers.get("X-Frame-Over") !== "1") context.clearRect(x, y, bitmap.width, bitmap.height);
    context.drawImage(bitmap, x, y);
    bitmap.close();
    lastId = frameId;
    canvas.dataset.frameId = String(frameId);
  }
}
