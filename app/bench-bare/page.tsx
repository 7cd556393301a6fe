import { connection } from 'next/server';

/**
 * The yardstick of `npm run bench:cold` (scripts/cold.mjs): a bare page that Next renders afresh on
 * every request, a table of plain rows and no data work, as many rows as asked (`?rows=`), so that it
 * can be made the same size as any page of the site. Readers never reach it: the proxy answers every
 * address that is not a page of the site with the 404 page, and lets through only its own requests
 * and the measuring scripts' (proxy.ts, INTERNAL_RENDER_SECRET).
 */
export const dynamic = 'force-dynamic';

const MAX_ROWS = 20_000;

export default async function BareBenchPage({ searchParams }: { searchParams: Promise<{ rows?: string }> }) {
  await connection();
  const { rows } = await searchParams;
  const n = Math.max(0, Math.min(MAX_ROWS, Math.floor(Number(rows) || 0)));
  return (
    <table>
      <tbody>
        {Array.from({ length: n }, (_, i) => (
          <tr key={i}>
            <td>Row {i}</td>
            <td>{i * 7}</td>
            <td>a plain cell of text</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
