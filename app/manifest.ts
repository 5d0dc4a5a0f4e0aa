import type { MetadataRoute } from 'next';

/**
 * The web app manifest (served at /manifest.webmanifest, linked from every page by Next), so
 * staff can add Drawdown to a phone's home screen. Colours are the header's (slate-800 on white).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Drawdown',
    short_name: 'Drawdown',
    description: 'Tracks the withdrawal of a UN peace operation: sites, contingents, milestones and their sources.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1e293b',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
