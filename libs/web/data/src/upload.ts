import type { UploadDto } from '@yiqia/contracts';
import { ApiError, apiErrorFromBody, networkError } from './api-error.js';
import { getAccessToken } from './auth-store.js';
import { buildUrl, refreshSession, sessionReady } from './api-client.js';
import { acceptLanguageHeader } from './language.js';

export interface UploadOptions {
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function send(file: File | Blob, fileName: string | undefined, onProgress: ((percent: number) => void) | undefined, signal: AbortSignal | undefined) {
  return new Promise<{ status: number; body: unknown; token: string | null }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const token = getAccessToken();
    xhr.open('POST', buildUrl('/api/uploads'));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguageHeader());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: parseJson(xhr.responseText), token });
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('Upload aborted', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    const form = new FormData();
    if (fileName) form.append('file', file, fileName);
    else form.append('file', file);
    xhr.send(form);
  });
}

/**
 * Upload an image (png/jpeg/webp ≤ 5 MB) or a PDF (≤ 20 MB) with progress (0–100).
 * Resolves to the stored file; rejects with ApiError carrying the server's message.
 */
export async function uploadFile(file: File | Blob, onProgress?: (percent: number) => void, options: UploadOptions = {}): Promise<UploadDto> {
  await sessionReady();
  const name = file instanceof File ? file.name : undefined;
  let result = await send(file, name, onProgress, options.signal);
  if (result.status === 401) {
    const error = apiErrorFromBody(result.status, result.body);
    if (error.code === 'TOKEN_EXPIRED' && result.token && (await refreshSession())) {
      onProgress?.(0);
      result = await send(file, name, onProgress, options.signal);
    } else {
      throw error;
    }
  }
  if (result.status < 200 || result.status >= 300) throw apiErrorFromBody(result.status, result.body);
  return result.body as UploadDto;
}

export { ApiError };
