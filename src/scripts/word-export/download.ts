/**
 * Offers a file made in the browser as a download: a link to an object URL, clicked. It works
 * served, in the installed app and from disk (file://), where the page cannot fetch or open windows
 * reliably; nothing leaves the browser.
 */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a browser may still be reading the file when the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
