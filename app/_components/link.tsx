import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's one link: next/link without prefetching. Every page is rendered on demand, so a
 * prefetch is a server render, and next/link makes one for every link in view (fifteen on the
 * sites page) on the slow links staff read on (decision 0013). Import this, never next/link.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
