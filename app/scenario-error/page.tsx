import type { Metadata } from 'next';
import Link from 'next/link';

import { scenarioErrorReport } from '@/lib/pages/scenario-error';

export const metadata: Metadata = { title: 'Some settings in this link are not valid', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Shown with HTTP 400 (the proxy rewrites bad links here). Everything the reader typed is
 * rendered as text, which React escapes.
 */
export default async function ScenarioErrorPage({ searchParams }: Props) {
  const from = (await searchParams).from;
  const report = scenarioErrorReport(typeof from === 'string' ? from : undefined);
  return (
    <section className="scenario-error">
      <h1>Some settings in this link are not valid</h1>
      {report === undefined ? (
        <p>
          This address has settings the site does not understand. <Link href="/">Go to the front page</Link>.
        </p>
      ) : (
        <>
          <p>
            The link asks for <code>{report.path}</code> with settings the site cannot use, so it shows nothing rather than the wrong
            figures. Here is what is wrong with each one:
          </p>
          <ul className="errors">
            {report.errors.map((e) => (
              <li key={e.param}>
                <strong>
                  <code>{e.param}</code>
                </strong>{' '}
                {e.message}
                {e.received !== undefined ? (
                  <>
                    {' '}
                    (you gave <code>{e.received}</code>)
                  </>
                ) : null}
                .
                {e.suggestion !== undefined ? (
                  <>
                    {' '}
                    Did you mean <code>{e.suggestion}</code>?
                  </>
                ) : null}{' '}
                <span className="allowed">Allowed: {e.allowed}.</span>
              </li>
            ))}
          </ul>
          {report.repairedUrl === report.defaultsUrl ? (
            // with the bad settings left out, what remains is the defaults: one link, not two to the same place
            <p>
              <Link href={report.defaultsUrl}>Open the same page with the default settings</Link> (<code>{report.defaultsUrl}</code>).
            </p>
          ) : (
            <p>
              <Link href={report.repairedUrl}>Open the same page with valid settings</Link> (<code>{report.repairedUrl}</code>), or{' '}
              <Link href={report.defaultsUrl}>with the default settings</Link>.
            </p>
          )}
        </>
      )}
    </section>
  );
}
