import { describe, expect, it } from 'vitest';

import { RenderQueue } from './render-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('RenderQueue', () => {
  it('runs at most its concurrency at once, the rest in order', async () => {
    const q = new RenderQueue(1, 5);
    const order: string[] = [];
    let atOnce = 0;
    let most = 0;
    const job = (name: string) => async () => {
      atOnce++;
      most = Math.max(most, atOnce);
      await tick();
      order.push(name);
      atOnce--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => q.run(job(n))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
  });

  it('refuses a job beyond its queue, and counts the refusal', async () => {
    const q = new RenderQueue(1, 1);
    const slow = () => q.run(() => tick());
    expect(q.hasRoom()).toBe(true);
    const first = slow(); // runs
    expect(q.hasRoom()).toBe(true);
    const second = slow(); // waits
    expect(q.hasRoom()).toBe(false);
    expect(q.refused).toBe(1);
    await Promise.all([first, second]);
    expect(q.hasRoom()).toBe(true);
  });

  it('frees its place when a job fails', async () => {
    const q = new RenderQueue(1, 0);
    await expect(q.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(q.running).toBe(0);
    expect(await q.run(async () => 'ok')).toBe('ok');
  });
});
