/** Hands `text` to the browser as a download named `name`: the share dialog's files, the workspace's. */
export function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once started; the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
