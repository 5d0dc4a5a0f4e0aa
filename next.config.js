/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers stay in node_modules rather than in the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
