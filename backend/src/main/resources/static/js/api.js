// JSON over fetch. Failures become ApiError carrying the server's RFC 9457 problem detail.
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function request(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, ...options });
  } catch (e) {
    throw new ApiError(0, 'Network error', 'The explorer server did not answer. Is it still running?');
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.title, body?.detail || body?.message || response.statusText);
  }
  return body;
}

const q = (params) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};
const seg = encodeURIComponent;

export const api = {
  stats: () => request('/api/stats'),
  suggest: (text, limit = 8) => request(`/api/concepts${q({ q: text, limit })}`),
  // The API's defaults keep its contract (every mention up to 500, every edge); the UI asks for less.
  concept: (id, mentionLimit = 100) => request(`/api/concepts/${seg(id)}${q({ mentionLimit })}`),
  neighbourhood: (id, { depth = 1, types = [], limit = 150, edgesPerConcept = 5 } = {}) =>
    request(`/api/concepts/${seg(id)}/neighbourhood${q({ depth, types, limit, edgesPerConcept })}`),
  related: (id, limit = 10) => request(`/api/concepts/${seg(id)}/related${q({ limit })}`),
  studyPath: (target, known = []) => request(`/api/study-path${q({ target, known })}`),
  learnNext: (known = [], limit = 8) => request(`/api/learn-next${q({ known, limit })}`),
  paths: (from, to) => request(`/api/paths${q({ from, to })}`),
  section: (id) => request(`/api/sections/${seg(id)}`),
  sectionAt: (note, line) => request(`/api/sections${q({ note, line })}`),
  topics: (limit = 60, conceptLimit = 6) => request(`/api/topics${q({ limit, conceptLimit })}`),
  topic: (id) => request(`/api/topics/${seg(id)}`),
  gaps: (limit = 50) => request(`/api/gaps${q({ limit })}`),
  cypherLimits: () => request('/api/cypher-limits'),
  imports: (limit = 20) => request(`/api/imports${q({ limit })}`),
  startImport: () => request('/api/imports', { method: 'POST' }),
  corrections: () => request('/api/corrections'),
  addCorrection: (correction) =>
    request('/api/corrections', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(correction),
    }),
  removeCorrection: (id) => request(`/api/corrections/${seg(id)}`, { method: 'DELETE' }),
  cypher: (query, parameters = {}) =>
    request('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, parameters }),
    }),
};
