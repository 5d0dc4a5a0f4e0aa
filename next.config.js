import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers stay in node_modules rather than in the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  poweredByHeader: false,
  // A second build beside the usual one (a benchmark, a parallel test run) can go elsewhere.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
