/** Why a file is refused before it is sent (the server's own reasons, checked early). */
export type FileRefusal =
  | { readonly reason: 'TOO_LARGE'; readonly maxBytes: number; readonly sizeBytes: number }
  | { readonly reason: 'OLD_WORD' }
  | { readonly reason: 'UNSUPPORTED_TYPE'; readonly extensions: readonly string[] }
  | { readonly reason: 'EMPTY' };

/**
 * Checks a chosen file against the limits the server announces (`materialUploadLimits`), so
 * people learn at once that a file is too large or of the wrong kind instead of after sending
 * it. The server checks again; this only saves the wait.
 */
export function checkMaterialFile(
  file: { readonly name: string; readonly size: number },
  limits: { readonly maxFileBytes: number; readonly fileExtensions: readonly string[] },
): FileRefusal | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (extension === 'doc') return { reason: 'OLD_WORD' };
  if (!limits.fileExtensions.includes(extension))
    return { reason: 'UNSUPPORTED_TYPE', extensions: limits.fileExtensions };
  if (file.size === 0) return { reason: 'EMPTY' };
  if (file.size > limits.maxFileBytes)
    return { reason: 'TOO_LARGE', maxBytes: limits.maxFileBytes, sizeBytes: file.size };
  return null;
}

/** A size in bytes as people read it: "850 KB", "9.8 MB" (binary units, one decimal). */
export function byteSize(bytes: number, format: (value: number) => string): string {
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
