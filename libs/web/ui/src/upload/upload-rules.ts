export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const PDF_TYPES = ['application/pdf'] as const;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const PDF_MAX_BYTES = 20 * 1024 * 1024;

export type UploadProblem = 'type' | 'size' | null;

/** What is wrong with a file before it is sent (the server checks again, by content). */
export function checkUploadFile(file: { type: string; size: number; name: string }, kind: 'image' | 'pdf'): UploadProblem {
  const types: readonly string[] = kind === 'image' ? IMAGE_TYPES : PDF_TYPES;
  const byName = kind === 'image' ? /\.(png|jpe?g|webp)$/i.test(file.name) : /\.pdf$/i.test(file.name);
  if (!(types.includes(file.type) || (!file.type && byName))) return 'type';
  if (file.size > (kind === 'image' ? IMAGE_MAX_BYTES : PDF_MAX_BYTES)) return 'size';
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
