import { describe, expect, it } from 'vitest';

import { RenderQueue, within } from './render-queue';

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

describe('within', () => {
  it('gives the value of a promise that settles in time', async () => {
    expect(await within(Promise.resolve('page'), 50)).toBe('page');
  });

  it("gives 'late' for one that does not, and the promise still runs to its end", async () => {
    let finished = false;
    const slow = new Promise<string>((r) => setTimeout(() => r('page'), 60)).then((v) => ((finished = true), v));
    expect(await within(slow, 10)).toBe('late');
    expect(finished).toBe(false);
    expect(await slow).toBe('page');
    expect(finished).toBe(true);
  });

  it('passes a rejection through', async () => {
    await expect(within(Promise.reject(new Error('boom')), 50)).rejects.toThrow('boom');
  });
});
