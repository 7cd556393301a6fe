import type { Metadata } from 'next';
import Link from 'next/link';

import { listFacilities } from '@/lib/data/load';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  const facilities = listFacilities();
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the facility may not be in our data yet.</p>
      <h2>Facilities we cover</h2>
      <ul>
        {facilities.map((f) => (
          <li key={f.id}>
            <Link href={`/facilities/${f.id}`}>{f.name}</Link>, {f.address}
          </li>
        ))}
      </ul>
    </section>
  );
}
