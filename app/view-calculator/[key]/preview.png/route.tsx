import { preview } from '@/app/og/card';
import { getProposal } from '@/lib/calculator/model';
import { previewCard } from '@/lib/calculator/preview';
import { settingsFromKey } from '@/lib/calculator/route';
import { formatDate } from '@/lib/core/format';
import { dataUpdatedOn } from '@/lib/data/load';

// A calculator result's preview image, reached through the proxy, which validates /calculator/preview.png's
// query as it does /calculator's and rewrites it here with the canonical settings as the key: each image is
// drawn once and kept in the page cache. The empty form gets the calculator's own card.

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const settings = settingsFromKey((await params).key);
  if (settings === 'invalid') return new Response('Not found', { status: 404 });
  if (settings === undefined) {
    return preview(
      'Any town in the United States',
      'A proposed data center, set against your state',
      [],
      `Data-center impact · data updated ${formatDate(dataUpdatedOn())}, with every source`,
    );
  }
  const proposal = getProposal(settings);
  if (proposal === undefined) return new Response('Not found', { status: 404 });
  const card = previewCard(proposal, dataUpdatedOn());
  return preview(card.eyebrow, card.title, card.figures, card.footer);
}
