/**
 * Region data loading: each region's file is fetched once, when the reader chooses the region, and kept; a failed
 * fetch is forgotten so the next try fetches again (a dropped connection, say).
 */
export function loadOnce<T>(load: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (id) => {
    let pending = cache.get(id);
    if (!pending) {
      pending = load(id);
      cache.set(id, pending);
      pending.catch(() => cache.delete(id));
    }
    return pending;
  };
}

/** Fetches JSON; rejects on an HTTP error or a network failure. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}
