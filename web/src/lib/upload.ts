import { refreshSession, tokenNeedsRefresh } from './auth';
import { networkProblem, problemFromWire, type Problem, type WireError } from './errors';
import { getSession } from './session';

/** Where course material files are posted (multipart), on the gateway that served the app. */
export const materialUploadUrl = '/uploads/materials';

/** What `POST /uploads/materials` answers for a stored file. */
export interface UploadedMaterial {
  readonly id: string;
  readonly title: string;
  readonly format: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly chunkCount: number;
}

/** The outcome of one upload: the stored material, or the problem to show. */
export type UploadResult =
  | { readonly material: UploadedMaterial; readonly problem?: undefined }
  | { readonly material?: undefined; readonly problem: Problem };

/**
 * Posts one file with its title and source as multipart form data. XMLHttpRequest rather than
 * fetch because only it reports upload progress; `onProgress` receives 0 to 1 as the body is
 * sent. Refusals arrive in GraphQL's error shape and become a {@link Problem} whose extensions
 * keep the server's `reason`, `maxBytes` and `sizeBytes`.
 */
export async function uploadMaterialFile(
  file: File,
  fields: { readonly title: string; readonly source: string },
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  if (tokenNeedsRefresh()) await refreshSession();
  const token = getSession()?.accessToken;
  const form = new FormData();
  if (fields.title) form.append('title', fields.title);
  if (fields.source) form.append('source', fields.source);
  form.append('file', file, file.name);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', materialUploadUrl);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => resolve({ problem: networkProblem('upload failed') });
    xhr.onload = () => {
      const body = parseReply(xhr.responseText);
      if (xhr.status === 201 && body?.material) resolve({ material: body.material });
      else if (body?.errors?.length) resolve({ problem: problemFromWire(body.errors) });
      else resolve({ problem: networkProblem(`HTTP ${xhr.status}`) });
    };
    xhr.send(form);
  });
}

function parseReply(text: string): { material?: UploadedMaterial; errors?: WireError[] } | null {
  try {
    return JSON.parse(text) as { material?: UploadedMaterial; errors?: WireError[] };
  } catch {
    return null;
  }
}
