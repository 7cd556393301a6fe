/**
 * The card every preview image is (Open Graph and Twitter, 1200×630): drawn on the server by next/og with the
 * font it bundles (no remote fonts). Its texts are React text, which Satori draws as text, never as markup.
 */
import { ImageResponse } from 'next/og';

import { PREVIEW_SIZE } from '@/lib/calculator/preview';

/** The card every preview image is: where, what, three figures in round numbers, and the site's line. */
export function preview(eyebrow: string, title: string, figures: { text: string; label: string }[], footer: string) {
  // a long title (a proposal's name runs to 80 characters) in a smaller size, so that it stays on two lines
  const titleSize = title.length > 60 ? 44 : title.length > 32 ? 54 : 64;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 64px',
        background: '#ffffff',
        color: '#1a1a1a',
        borderTop: '18px solid #0b4f8a',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 30, color: '#4a4a4a' }}>{eyebrow}</div>
        <div style={{ fontSize: titleSize, fontWeight: 700, marginTop: 8 }}>{title}</div>
      </div>
      <div style={{ display: 'flex', gap: 40 }}>
        {figures.map((f) => (
          <div key={f.label} style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
            <div style={{ fontSize: 54, fontWeight: 700, color: '#0b4f8a' }}>{f.text}</div>
            <div style={{ fontSize: 26, color: '#4a4a4a' }}>{f.label}</div>
          </div>
        ))}
      </div>
      <div style={{ fontSize: 28, color: '#4a4a4a' }}>{footer}</div>
    </div>,
    PREVIEW_SIZE,
  );
}
